package org.mkplay.backend.builds;

/**
 * One message about the sources, from javac ({@code tool = "javac"}: errors and warnings, with a 1-based
 * column) or from our compiler ({@code tool = "mkplay"}: errors, column 0 since it works on bytecode lines).
 * Line 0 means the message is about the whole program.
 */
public record BuildDiagnostic(String file, long line, long column, String severity, String message, String tool) {
    public static final String ERROR = "error", WARNING = "warning";
}
