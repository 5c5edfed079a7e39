package org.mkplay.rt;

/** java.io.IOException. */
public class JIOException extends JException {
    public JIOException() {
        super();
    }

    public JIOException(String message) {
        super(message);
    }

    public JIOException(String message, JThrowable cause) {
        super(message, cause);
    }

    public JIOException(JThrowable cause) {
        super(cause);
    }
}
