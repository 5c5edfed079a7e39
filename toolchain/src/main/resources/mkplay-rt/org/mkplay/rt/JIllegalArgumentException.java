package org.mkplay.rt;

/** java.lang.IllegalArgumentException (a fault when thrown; see JThrowable). */
public class JIllegalArgumentException extends JRuntimeException {
    public JIllegalArgumentException() {
        super();
    }

    public JIllegalArgumentException(String message) {
        super(message);
    }

    public JIllegalArgumentException(String message, JThrowable cause) {
        super(message, cause);
    }

    public JIllegalArgumentException(JThrowable cause) {
        super(cause);
    }
}
