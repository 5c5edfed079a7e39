package org.mkplay.backend.run;

/** A run that cannot start or go on, with the message for the user and the process exit status. */
public final class RunFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    public RunFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
