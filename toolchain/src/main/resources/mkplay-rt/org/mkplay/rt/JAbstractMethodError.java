package org.mkplay.rt;

/** java.lang.AbstractMethodError. */
public class JAbstractMethodError extends JIncompatibleClassChangeError {
    public JAbstractMethodError() {
        super();
    }

    public JAbstractMethodError(String message) {
        super(message);
    }
}
