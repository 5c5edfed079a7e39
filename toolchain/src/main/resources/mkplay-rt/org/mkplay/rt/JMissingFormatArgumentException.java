package org.mkplay.rt;

/** java.util.MissingFormatArgumentException (its message as the JDK's getMessage gives it). */
public class JMissingFormatArgumentException extends JIllegalArgumentException {
    public JMissingFormatArgumentException(String message) {
        super(message);
    }
}
