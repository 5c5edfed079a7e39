package org.mkplay.rt;

/** java.lang.ClassCastException. */
public class JClassCastException extends JRuntimeException {
    public JClassCastException() {
        super();
    }

    public JClassCastException(String message) {
        super(message);
    }
}
