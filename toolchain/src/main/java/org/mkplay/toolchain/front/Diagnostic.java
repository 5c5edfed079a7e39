package org.mkplay.toolchain.front;

/**
 * One compile error. {@code file} is the source file name (e.g. "Main.java"), {@code line} is 1-based
 * (0 when unknown). {@link #toString()} gives the javac-style form {@code Main.java:12: error: message}.
 */
public record Diagnostic(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": error: " + message;
    }
}
