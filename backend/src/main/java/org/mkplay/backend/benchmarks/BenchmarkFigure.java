package org.mkplay.backend.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.mkplay.bench.system.Cost;

/** One workload's cost per operation in one placement, as the API and {@code mkplay bench system --json} spell it. */
public record BenchmarkFigure(
        String workload,
        String placement,
        double instructions,
        double traps,
        @JsonProperty("context_switches") double contextSwitches,
        @JsonProperty("as_switches") double asSwitches,
        @JsonProperty("tlb_misses") double tlbMisses,
        double cycles) {
    static BenchmarkFigure of(Cost c) {
        return new BenchmarkFigure(
                c.workload(),
                c.placement(),
                c.instructions(),
                c.traps(),
                c.contextSwitches(),
                c.asSwitches(),
                c.tlbMisses(),
                c.cycles());
    }
}
