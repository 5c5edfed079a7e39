package org.mkplay.rt;

/** java.lang.LinkageError (a fault when thrown; see JThrowable). */
public class JLinkageError extends JError {
    public JLinkageError() {
        super();
    }

    public JLinkageError(String message) {
        super(message);
    }
}
