package org.mkplay.bench.emulator;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The benchmark workloads committed under src/main/resources/org/mkplay/bench/emulator (built by src/main/c/emulator/build.sh). */
public final class BenchWorkloads {
    /** As named by `mkplay bench emulator` and the browser bench page. */
    public static final List<String> NAMES = List.of("integer", "integer-bare", "integer-sv39", "sv39-user", "memory");

    private static final String RESOURCE_PREFIX = "/org/mkplay/bench/emulator/";

    private BenchWorkloads() {}

    /** The committed ELF of a workload, read from the classpath as the backend and the browser get it. */
    public static byte[] elf(String workload) throws IOException {
        try (InputStream in = BenchWorkloads.class.getResourceAsStream(RESOURCE_PREFIX + workload + ".elf")) {
            assertNotNull(in, workload + ".elf is not on the classpath");
            return in.readAllBytes();
        }
    }
}
