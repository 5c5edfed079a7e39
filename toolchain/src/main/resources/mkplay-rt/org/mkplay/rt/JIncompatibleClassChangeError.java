package org.mkplay.rt;

/** java.lang.IncompatibleClassChangeError (a fault when thrown; see JThrowable). */
public class JIncompatibleClassChangeError extends JLinkageError {
    public JIncompatibleClassChangeError() {
        super();
    }

    public JIncompatibleClassChangeError(String message) {
        super(message);
    }
}
