package org.mkplay.backend.builds;

import java.util.List;

/**
 * The answer to a build, the same for a fresh and a cached build apart from {@code cached}. {@code image} is
 * null when the build failed; otherwise it says where to fetch the bytes and what they are: {@code format "elf"},
 * {@code profile "standalone"} (the learner's program linked on its own) or {@code "system"} (the learner's files
 * packed into the lesson's system image with the kernel).
 */
public record BuildResult(
        String id,
        boolean ok,
        List<BuildDiagnostic> diagnostics,
        Image image,
        List<Listing> listing,
        BuildOutput.Sizes sizes,
        long compileMillis,
        boolean cached) {
    public record Image(String url, String format, String profile, long bytes) {}

    public BuildResult asCached() {
        return new BuildResult(id, ok, diagnostics, image, listing, sizes, compileMillis, true);
    }

    static BuildResult of(String id, BuildOutput output, String profile) {
        Image image =
                output.ok() ? new Image("/api/builds/" + id + "/image", "elf", profile, output.elf().length) : null;
        return new BuildResult(
                id,
                output.ok(),
                output.diagnostics(),
                image,
                output.listing(),
                output.sizes(),
                output.compileMillis(),
                false);
    }
}
