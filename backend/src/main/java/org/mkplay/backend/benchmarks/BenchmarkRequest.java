package org.mkplay.backend.benchmarks;

import java.util.List;
import org.mkplay.backend.modules.ModuleId;
import org.mkplay.backend.source.InvalidInput;
import org.mkplay.backend.source.SourceFiles;
import org.mkplay.bench.system.SystemBench;

/**
 * {@code POST /api/benchmarks}. Invariant of {@link #validated}: placements are a non-empty set of known names in
 * {@link SystemBench}'s order (so the same choice in any order is the same request), each with an image in this
 * build; module is absent (the default system's servers) or has a module id's form; workloads are a non-empty set
 * of known names in that order, or, with a module only, absent (then every workload the module's system has the
 * servers for: {@link ModuleSystems}).
 */
public record BenchmarkRequest(String module, List<String> workloads, List<String> placements) {
    public BenchmarkRequest validated() {
        if (module != null && !ModuleId.FORMAT.matcher(module).matches()) {
            throw new InvalidInput("module: " + SourceFiles.quoted(module) + " is not a module id");
        }
        List<String> w =
                module != null && workloads == null ? null : canonical("workloads", workloads, SystemBench.WORKLOADS);
        List<String> p = canonical("placements", placements, SystemBench.PLACEMENTS);
        for (String placement : p) {
            if (!PlacementImages.available().contains(placement)) {
                throw new InvalidInput("placements: '" + placement + "' is not in this build (only "
                        + String.join(", ", PlacementImages.available()) + ")");
            }
        }
        return new BenchmarkRequest(module, w, p);
    }

    /** The same request with the workloads that will run (a module's request without workloads: all that apply). */
    BenchmarkRequest withWorkloads(List<String> chosen) {
        return new BenchmarkRequest(module, chosen, placements);
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
