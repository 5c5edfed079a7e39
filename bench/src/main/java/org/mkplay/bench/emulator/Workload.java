package org.mkplay.bench.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A benchmark image: a bare-metal ELF for the virt board that prints its result and ends through the finisher. */
public record Workload(String name, byte[] elf) {
    /**
     * The workloads this module ships, in report order (sources and build script under
     * bench/src/main/c/emulator). integer-bare and integer-sv39 run the same kernel in S-mode without and
     * with Sv39 translation.
     */
    public static final List<String> BUILT_IN =
            List.of("integer", "integer-bare", "integer-sv39", "sv39-user", "memory");

    static final String RESOURCE_DIRECTORY = "/org/mkplay/bench/emulator/";

    /** The built-in workload of that name, if this build has it on the classpath. */
    public static Optional<Workload> builtIn(String name) {
        try (InputStream in = Workload.class.getResourceAsStream(RESOURCE_DIRECTORY + name + ".elf")) {
            return in == null ? Optional.empty() : Optional.of(new Workload(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in workload " + name, e);
        }
    }

    /** Every built-in workload present in this build. */
    public static List<Workload> allBuiltIn() {
        List<Workload> present = new ArrayList<>();
        for (String name : BUILT_IN) {
            builtIn(name).ifPresent(present::add);
        }
        return present;
    }
}
