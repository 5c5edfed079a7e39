package org.mkplay.bench.emulator;

/** A benchmark that cannot produce a figure (unloadable image, a run that never ends, differing runs). */
public final class BenchFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public BenchFailure(String message) {
        super(message);
    }
}
