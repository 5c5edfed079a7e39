package org.mkplay.rt;

/** java.lang.IndexOutOfBoundsException (a fault when thrown; see JThrowable). */
public class JIndexOutOfBoundsException extends JRuntimeException {
    public JIndexOutOfBoundsException() {
        super();
    }

    public JIndexOutOfBoundsException(String message) {
        super(message);
    }
}
