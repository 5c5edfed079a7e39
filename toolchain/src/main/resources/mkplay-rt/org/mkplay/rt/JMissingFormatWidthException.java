package org.mkplay.rt;

/** java.util.MissingFormatWidthException (its message as the JDK's getMessage gives it). */
public class JMissingFormatWidthException extends JIllegalArgumentException {
    public JMissingFormatWidthException(String message) {
        super(message);
    }
}
