package org.mkplay.backend.benchmarks;

import java.util.List;
import org.mkplay.backend.source.InvalidInput;
import org.mkplay.bench.system.SystemBench;

/**
 * {@code POST /api/benchmarks}. Invariant of {@link #validated}: workloads and placements are non-empty sets of known
 * names in {@link SystemBench}'s order (so the same choice in any order is the same request); every placement has an
 * image in this build; module is absent: builds make standalone programs, not system images, so a saved module
 * cannot be benchmarked yet (the benchmark runs the default system's servers).
 */
public record BenchmarkRequest(String module, List<String> workloads, List<String> placements) {
    public BenchmarkRequest validated() {
        if (module != null) {
            throw new InvalidInput("module: builds make a program's standalone ELF for now, not a system image;"
                    + " the benchmark runs the default system's servers (leave module out)");
        }
        List<String> w = canonical("workloads", workloads, SystemBench.WORKLOADS);
        List<String> p = canonical("placements", placements, SystemBench.PLACEMENTS);
        for (String placement : p) {
            if (!PlacementImages.available().contains(placement)) {
                throw new InvalidInput("placements: '" + placement + "' is not in this build (only "
                        + String.join(", ", PlacementImages.available()) + ")");
            }
        }
        return new BenchmarkRequest(null, w, p);
    }

    /** The names given, in the order of {@code known}; each must be known and given once. */
    private static List<String> canonical(String field, List<String> given, List<String> known) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInput(field + ": name at least one of " + String.join(", ", known));
        }
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i);
            if (name == null || !known.contains(name)) {
                throw new InvalidInput(field + "[" + i + "]: not one of " + String.join(", ", known));
            }
            if (given.indexOf(name) != i) throw new InvalidInput(field + "[" + i + "]: " + name + " twice");
        }
        return known.stream().filter(given::contains).toList();
    }
}
