package org.mkplay.rt;

/**
 * java.lang.Throwable. Throwing is supported as a fault only: {@code throw} reports the exception like an
 * uncaught one (first line and the throwing frame) and exits with status 1; catching is not supported.
 */
public class JThrowable {
    private final String message;

    public JThrowable() {
        this.message = null;
    }

    public JThrowable(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    public String toString() {
        String name = Native.className(this);
        return message == null ? name : name + ": " + message;
    }
}
