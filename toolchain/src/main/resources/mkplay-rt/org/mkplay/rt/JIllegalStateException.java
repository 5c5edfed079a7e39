package org.mkplay.rt;

/** java.lang.IllegalStateException (a fault when thrown; see JThrowable). */
public class JIllegalStateException extends JRuntimeException {
    public JIllegalStateException() {
        super();
    }

    public JIllegalStateException(String message) {
        super(message);
    }

    public JIllegalStateException(String message, JThrowable cause) {
        super(message, cause);
    }

    public JIllegalStateException(JThrowable cause) {
        super(cause);
    }
}
