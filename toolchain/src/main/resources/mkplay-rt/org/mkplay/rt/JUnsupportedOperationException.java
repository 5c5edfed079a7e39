package org.mkplay.rt;

/** java.lang.UnsupportedOperationException (a fault when thrown; see JThrowable). */
public class JUnsupportedOperationException extends JRuntimeException {
    public JUnsupportedOperationException() {
        super();
    }

    public JUnsupportedOperationException(String message) {
        super(message);
    }

    public JUnsupportedOperationException(String message, JThrowable cause) {
        super(message, cause);
    }

    public JUnsupportedOperationException(JThrowable cause) {
        super(cause);
    }
}
