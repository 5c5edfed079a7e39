package org.mkplay.toolchain.random;

/**
 * Shrinks a failing generated program while it keeps failing: first to the one function (and input) where the
 * output first differs (or, without a location, to the first function that fails alone), then by removing
 * statements one at a time. Each attempt is a full differential check, so attempts are capped.
 */
final class Reducer {
    /** Re-runs the differential check on a candidate; true while it still fails. */
    interface StillFails {
        boolean test(GeneratedProgram candidate) throws Exception;
    }

    static final int MAX_ATTEMPTS = 60;

    private final StillFails stillFails;
    private int attempts;

    Reducer(StillFails stillFails) {
        this.stillFails = stillFails;
    }

    GeneratedProgram reduce(GeneratedProgram failing, Finding finding) throws Exception {
        GeneratedProgram smallest = toOneFunction(failing, finding);
        if (smallest.functions().size() != 1) return smallest;
        String name = smallest.functions().get(0).name();
        for (int i = smallest.function(name).statements().size() - 1; i >= 0; i--) {
            GeneratedProgram candidate = smallest.with(smallest.function(name).withoutStatement(i));
            if (tryCandidate(candidate)) smallest = candidate;
        }
        return smallest;
    }

    private GeneratedProgram toOneFunction(GeneratedProgram p, Finding finding) throws Exception {
        if (finding.function() != null) {
            GeneratedProgram one = p.only(finding.function(), finding.input(), finding.input() + 1);
            return tryCandidate(one) ? one : p;
        }
        for (GeneratedFunction f : p.functions()) {
            GeneratedProgram one = p.only(f.name(), 0, p.inputs().length);
            if (tryCandidate(one)) return one;
        }
        return p;
    }

    private boolean tryCandidate(GeneratedProgram candidate) throws Exception {
        if (attempts >= MAX_ATTEMPTS) return false;
        attempts++;
        return stillFails.test(candidate);
    }
}
