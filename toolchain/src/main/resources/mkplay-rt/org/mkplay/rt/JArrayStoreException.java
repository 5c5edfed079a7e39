package org.mkplay.rt;

/** java.lang.ArrayStoreException. */
public class JArrayStoreException extends JRuntimeException {
    public JArrayStoreException() {
        super();
    }

    public JArrayStoreException(String message) {
        super(message);
    }
}
