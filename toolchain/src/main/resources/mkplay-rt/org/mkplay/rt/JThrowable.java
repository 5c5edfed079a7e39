package org.mkplay.rt;

/**
 * java.lang.Throwable. Throwing is supported as a fault only: {@code throw} reports the exception like an
 * uncaught one (first line and the throwing frame) and exits with status 1; catching is not supported.
 */
public class JThrowable {
    private final String message;
    private final JThrowable cause;

    public JThrowable() {
        this(null, null);
    }

    public JThrowable(String message) {
        this(message, null);
    }

    public JThrowable(String message, JThrowable cause) {
        this.message = message;
        this.cause = cause;
    }

    /** As the JDK: the message is the cause's toString(). */
    public JThrowable(JThrowable cause) {
        this(cause == null ? null : cause.toString(), cause);
    }

    public String getMessage() {
        return message;
    }

    public JThrowable getCause() {
        return cause;
    }

    public String toString() {
        String name = Native.className(this);
        return message == null ? name : name + ": " + message;
    }
}
