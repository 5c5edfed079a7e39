package org.mkplay.rt;

/**
 * java.lang.Throwable. Its stack trace is the return addresses of the frames that constructed it, as the JVM's
 * (fillInStackTrace in the constructor, the constructors' own frames left out); {@link Unwinder} turns them
 * into "\tat" lines when an uncaught exception is reported.
 */
public class JThrowable {
    private static final JThrowable[] NO_SUPPRESSED = new JThrowable[0];

    private final String message;
    private JThrowable cause;
    private boolean causeSet;
    private JThrowable[] suppressed = NO_SUPPRESSED;
    long[] trace;

    public JThrowable() {
        this(null, null);
        causeSet = false;
    }

    public JThrowable(String message) {
        this(message, null);
        causeSet = false;
    }

    public JThrowable(String message, JThrowable cause) {
        this.message = message;
        this.cause = cause;
        this.causeSet = true;
        fillInStackTrace();
    }

    /** As the JDK: the message is the cause's toString(). */
    public JThrowable(JThrowable cause) {
        this(cause == null ? null : cause.toString(), cause);
    }

    public JThrowable fillInStackTrace() {
        trace = Unwinder.capture();
        return this;
    }

    public String getMessage() {
        return message;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public JThrowable getCause() {
        return cause;
    }

    /** As the JDK: once only, and not the exception itself. */
    public JThrowable initCause(JThrowable cause) {
        if (causeSet) Fault.raise(new JIllegalStateException("Can't overwrite cause with " + JObjects.toString(cause, "a null"), this));
        if (cause == this) Fault.raise(new JIllegalArgumentException("Self-causation not permitted", this));
        this.cause = cause;
        causeSet = true;
        return this;
    }

    public final void addSuppressed(JThrowable exception) {
        if (exception == this) Fault.raise(new JIllegalArgumentException("Self-suppression not permitted", exception));
        if (exception == null) Fault.raise(new JNullPointerException("Cannot suppress a null exception."));
        JThrowable[] more = new JThrowable[suppressed.length + 1];
        for (int k = 0; k < suppressed.length; k++) more[k] = suppressed[k];
        more[suppressed.length] = exception;
        suppressed = more;
    }

    public final JThrowable[] getSuppressed() {
        JThrowable[] copy = new JThrowable[suppressed.length];
        for (int k = 0; k < copy.length; k++) copy[k] = suppressed[k];
        return copy;
    }

    public String toString() {
        String name = Native.className(this);
        String m = getLocalizedMessage();
        return m == null ? name : name + ": " + m;
    }
}
