package org.mkplay.rt;

/** java.lang.AssertionError (a fault when thrown; see JThrowable). */
public class JAssertionError extends JError {
    public JAssertionError() {
        super();
    }

    public JAssertionError(String message) {
        super(message);
    }
}
