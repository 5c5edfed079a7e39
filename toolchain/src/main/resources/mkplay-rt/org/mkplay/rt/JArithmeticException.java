package org.mkplay.rt;

/** java.lang.ArithmeticException (a fault when thrown; see JThrowable). */
public class JArithmeticException extends JRuntimeException {
    public JArithmeticException() {
        super();
    }

    public JArithmeticException(String message) {
        super(message);
    }
}
