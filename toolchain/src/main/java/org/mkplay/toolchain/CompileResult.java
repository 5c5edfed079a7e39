package org.mkplay.toolchain;

import java.util.List;

/**
 * Outcome of {@link Compiler#compile}. When {@link #ok()} is false, {@link #elf()} is null and
 * {@link #diagnostics()} lists every error found (all reachable methods are checked before failing).
 * {@link #ir()} is the optimised IR of every compiled method as text (see docs/java-subset.md, "The IR").
 */
public record CompileResult(List<Diagnostic> diagnostics, byte[] elf, List<ListingLine> listing, List<SymbolInfo> symbols,
                            String ir) {
    public boolean ok() {
        return elf != null && diagnostics.isEmpty();
    }

    static CompileResult failed(List<Diagnostic> diagnostics) {
        return new CompileResult(List.copyOf(diagnostics), null, List.of(), List.of(), "");
    }

    /** Diagnostics as javac-style lines, one per error. */
    public String formattedDiagnostics() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) sb.append(d).append('\n');
        return sb.toString();
    }
}
