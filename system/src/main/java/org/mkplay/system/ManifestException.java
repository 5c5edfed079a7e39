package org.mkplay.system;

/** A manifest that cannot be built: the message names the file, the line and the field. */
public final class ManifestException extends Exception {
    public ManifestException(String message) {
        super(message);
    }
}
