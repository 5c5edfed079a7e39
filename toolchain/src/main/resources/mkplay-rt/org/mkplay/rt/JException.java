package org.mkplay.rt;

/** java.lang.Exception (a fault when thrown; see JThrowable). */
public class JException extends JThrowable {
    public JException() {
        super();
    }

    public JException(String message) {
        super(message);
    }

    public JException(String message, JThrowable cause) {
        super(message, cause);
    }

    public JException(JThrowable cause) {
        super(cause);
    }
}
