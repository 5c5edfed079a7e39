package org.mkplay.rt;

/** java.util.IllegalFormatConversionException (its message as the JDK's getMessage gives it). */
public class JIllegalFormatConversionException extends JIllegalArgumentException {
    public JIllegalFormatConversionException(String message) {
        super(message);
    }
}
