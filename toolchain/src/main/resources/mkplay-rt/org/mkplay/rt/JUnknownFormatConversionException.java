package org.mkplay.rt;

/** java.util.UnknownFormatConversionException (its message as the JDK's getMessage gives it). */
public class JUnknownFormatConversionException extends JIllegalArgumentException {
    public JUnknownFormatConversionException(String message) {
        super(message);
    }
}
