package org.mkplay.backend.builds;

import java.util.List;

/**
 * What a build worker answers: the diagnostics (javac's, then ours), the ELF (null when the build failed),
 * the listing, sizes in bytes (whole image, code of functions, data objects) and the compile time.
 */
public record BuildOutput(
        List<BuildDiagnostic> diagnostics, byte[] elf, List<Listing> listing, Sizes sizes, long compileMillis) {
    public record Sizes(long image, long code, long data) {}

    public boolean ok() {
        return elf != null;
    }
}
