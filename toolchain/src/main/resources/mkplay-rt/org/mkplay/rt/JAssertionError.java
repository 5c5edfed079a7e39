package org.mkplay.rt;

/** java.lang.AssertionError (a fault when thrown; see JThrowable). */
public class JAssertionError extends JError {
    public JAssertionError() {
        super();
    }

    public JAssertionError(String message) {
        super(message);
    }

    /** As the JDK: the detail's string form is the message, and a Throwable detail is also the cause. */
    public JAssertionError(Object detail) {
        super(String.valueOf(detail));
        if (detail instanceof JThrowable t) initCause(t);
    }
}
