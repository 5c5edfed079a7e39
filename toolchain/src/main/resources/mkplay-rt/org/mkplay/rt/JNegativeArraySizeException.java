package org.mkplay.rt;

/** java.lang.NegativeArraySizeException. */
public class JNegativeArraySizeException extends JRuntimeException {
    public JNegativeArraySizeException() {
        super();
    }

    public JNegativeArraySizeException(String message) {
        super(message);
    }
}
