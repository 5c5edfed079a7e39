package org.mkplay.rt;

/** java.util.NoSuchElementException. */
public class JNoSuchElementException extends JRuntimeException {
    public JNoSuchElementException() {
        super();
    }

    public JNoSuchElementException(String message) {
        super(message);
    }
}
