package org.mkplay.checks;

/**
 * The outcome of one check on one run: whether it held, what the check expects (in words a learner reads) and what
 * the run showed instead (or confirms, when it passed).
 */
public record Verdict(Check check, boolean passed, String expected, String observed) {
    /** One line: {@code PASS|FAIL line N: expected; observed}. */
    public String describe() {
        return (passed ? "PASS" : "FAIL") + " line " + check.line() + ": " + expected + "; " + observed;
    }
}
