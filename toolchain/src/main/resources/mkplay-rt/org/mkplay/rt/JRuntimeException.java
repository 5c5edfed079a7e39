package org.mkplay.rt;

/** java.lang.RuntimeException (a fault when thrown; see JThrowable). */
public class JRuntimeException extends JException {
    public JRuntimeException() {
        super();
    }

    public JRuntimeException(String message) {
        super(message);
    }

    public JRuntimeException(String message, JThrowable cause) {
        super(message, cause);
    }

    public JRuntimeException(JThrowable cause) {
        super(cause);
    }
}
