package org.mkplay.rt;

/** java.lang.Error (a fault when thrown; see JThrowable). */
public class JError extends JThrowable {
    public JError() {
        super();
    }

    public JError(String message) {
        super(message);
    }

    public JError(String message, JThrowable cause) {
        super(message, cause);
    }

    public JError(JThrowable cause) {
        super(cause);
    }
}
