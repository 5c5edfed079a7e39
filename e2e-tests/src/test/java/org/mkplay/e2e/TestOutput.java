package org.mkplay.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the tests leave for people to look at, under the module's build directory. */
final class TestOutput {
    private TestOutput() {}

    /** {@code <build directory>/name}; Surefire passes the build directory as {@code mkplay.e2e.outputDir}. */
    static Path file(String name) {
        Path dir = Path.of(System.getProperty("mkplay.e2e.outputDir", "target"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name);
    }
}
