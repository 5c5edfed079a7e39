package org.mkplay.system;

import java.util.List;
import org.mkplay.toolchain.front.Diagnostic;

/**
 * A manifest that cannot be built: the message names the file, the line and the field. When a program does not
 * compile, {@link #diagnostics} holds the compiler's (file, line, message), so a caller can show them on the lines.
 */
public final class ManifestException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public ManifestException(String message) {
        this(message, List.of());
    }

    public ManifestException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The compiler's diagnostics of the program that did not compile; empty for a manifest error. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
