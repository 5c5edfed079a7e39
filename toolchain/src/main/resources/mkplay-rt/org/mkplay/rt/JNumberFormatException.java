package org.mkplay.rt;

/** java.lang.NumberFormatException (a fault when thrown; see JThrowable). */
public class JNumberFormatException extends JIllegalArgumentException {
    public JNumberFormatException() {
        super();
    }

    public JNumberFormatException(String message) {
        super(message);
    }
}
