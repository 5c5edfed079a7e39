package org.mkplay.backend.source;

/** A request the server refuses because of what it contains (answered 400 with this message). */
public final class InvalidInput extends RuntimeException {
    public InvalidInput(String message) {
        super(message, null, false, false);
    }
}
