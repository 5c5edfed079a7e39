package org.mkplay.rt;

/** java.lang.IllegalStateException (a fault when thrown; see JThrowable). */
public class JIllegalStateException extends JRuntimeException {
    public JIllegalStateException() {
        super();
    }

    public JIllegalStateException(String message) {
        super(message);
    }
}
