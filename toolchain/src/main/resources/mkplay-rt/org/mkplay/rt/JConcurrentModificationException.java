package org.mkplay.rt;

/** java.util.ConcurrentModificationException. */
public class JConcurrentModificationException extends JRuntimeException {
    public JConcurrentModificationException() {
        super();
    }

    public JConcurrentModificationException(String message) {
        super(message);
    }
}
