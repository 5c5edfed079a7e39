package org.mkplay.backend.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A finished benchmark: its id, what was asked (the saved module whose system ran, absent for the default system's),
 * the loop lengths (each figure is the difference of the two loops over {@code long - short}), the figures, and
 * whether this answer came from the store.
 */
public record BenchmarkResult(
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String module,
        List<String> workloads,
        List<String> placements,
        @JsonProperty("short") int shortRuns,
        @JsonProperty("long") int longRuns,
        List<BenchmarkFigure> results,
        boolean cached) {
    BenchmarkResult asCached() {
        return new BenchmarkResult(id, module, workloads, placements, shortRuns, longRuns, results, true);
    }
}
