package org.mkplay.toolchain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external tool (the RISC-V GCC) to completion; a failure is an exception carrying its output. */
final class Tools {
    private static final long TIMEOUT_SECONDS = 120;

    private Tools() {}

    static String run(Path directory, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            // the output is small (compiler messages); reading it to the end also waits for the exit
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (is the RISC-V toolchain installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
