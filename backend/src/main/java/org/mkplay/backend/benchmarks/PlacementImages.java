package org.mkplay.backend.benchmarks;

import java.util.List;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.system.SystemBuilder;

/** The default system's image in each placement this build provides (all built into the system module's jar). */
public final class PlacementImages {
    private PlacementImages() {}

    /** The placements this build has an image for, in {@link SystemBench#PLACEMENTS} order. */
    public static List<String> available() {
        return List.of("user");
    }

    /** The default system with its servers placed as {@code placement} says. */
    public static byte[] image(String placement) throws BenchFailure {
        if (!SystemBench.PLACEMENTS.contains(placement)) {
            throw new BenchFailure(
                    "no placement '" + placement + "' (known: " + String.join(", ", SystemBench.PLACEMENTS) + ")");
        }
        if (!available().contains(placement)) {
            throw new BenchFailure(
                    "placement '" + placement + "' is not in this build (only " + String.join(", ", available()) + ")");
        }
        return SystemBuilder.defaultSystem();
    }
}
