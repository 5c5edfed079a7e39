package org.mkplay.checks;

/** A checks file that does not parse: the line and what is wrong with it, for the lesson's author. */
public final class CheckSyntaxException extends Exception {
    private final int line;

    public CheckSyntaxException(int line, String message) {
        super("checks line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
