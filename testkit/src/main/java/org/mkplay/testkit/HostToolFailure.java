package org.mkplay.testkit;

/** A host tool is missing, did not finish in time, or could not be started: the message says which and why. */
public final class HostToolFailure extends RuntimeException {
    public HostToolFailure(String message) {
        super(message);
    }

    public HostToolFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
