package org.mkplay.backend.benchmarks;

import java.util.List;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.system.SystemBuilder;

/** The default system's image in each placement this build provides (all built into the system module's jar). */
public final class PlacementImages {
    private PlacementImages() {}

    /** The placements this build has an image for, in {@link SystemBench#PLACEMENTS} order: all of them. */
    public static List<String> available() {
        return SystemBench.PLACEMENTS;
    }

    /** The default system with its servers placed as {@code placement} says (a preset of the system module). */
    public static byte[] image(String placement) throws BenchFailure {
        if (!available().contains(placement)) {
            throw new BenchFailure(
                    "no placement '" + placement + "' (known: " + String.join(", ", SystemBench.PLACEMENTS) + ")");
        }
        return SystemBuilder.defaultSystem(placement);
    }
}
