package org.mkplay.rt;

/** java.lang.ArrayIndexOutOfBoundsException (a fault when thrown; see JThrowable). */
public class JArrayIndexOutOfBoundsException extends JIndexOutOfBoundsException {
    public JArrayIndexOutOfBoundsException() {
        super();
    }

    public JArrayIndexOutOfBoundsException(String message) {
        super(message);
    }
}
