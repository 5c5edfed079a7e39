package org.mkplay.toolchain.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command with stdout and stderr captured apart (as bytes) and no input; a timeout fails the test. */
public final class ChildProcess {
    private ChildProcess() {}

    /** A finished process. */
    public record Outcome(byte[] stdout, byte[] stderr, int exit) {}

    public static Outcome run(long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mkplay-stdout", ".bin");
        Path err = Files.createTempFile("mkplay-stderr", ".bin");
        try {
            Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                    + " s; stdout so far:\n" + Files.readString(out));
            }
            return new Outcome(Files.readAllBytes(out), Files.readAllBytes(err), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
