package org.mkplay.checks;

import java.util.ArrayList;
import java.util.List;

/** Evaluates a lesson's checks against a run: the pipeline the tests, {@code mkplay check} and the page share. */
public final class Checks {
    private Checks() {}

    /** Parses the checks file and holds every check against the run, in the file's order. */
    public static List<Verdict> evaluate(String checksFile, Run run) throws CheckSyntaxException {
        return evaluate(CheckParser.parse(checksFile), run);
    }

    public static List<Verdict> evaluate(List<Check> checks, Run run) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Check c : checks) verdicts.add(c.evaluate(run));
        return verdicts;
    }

    public static boolean allPassed(List<Verdict> verdicts) {
        for (Verdict v : verdicts) if (!v.passed()) return false;
        return true;
    }
}
