package org.mkplay.rt;

/** java.lang.NullPointerException (a fault when thrown; see JThrowable). */
public class JNullPointerException extends JRuntimeException {
    public JNullPointerException() {
        super();
    }

    public JNullPointerException(String message) {
        super(message);
    }
}
