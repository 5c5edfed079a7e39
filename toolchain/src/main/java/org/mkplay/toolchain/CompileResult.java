package org.mkplay.toolchain;

import java.util.List;
import org.mkplay.toolchain.front.Diagnostic;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.link.SymbolInfo;

/**
 * Outcome of {@link Compiler#compile}. When {@link #ok()} is false, {@link #elf()} is null and
 * {@link #diagnostics()} lists every error found (all reachable methods are checked before failing).
 * {@link #irMethods()} is the optimised IR of every compiled method, in image order (see docs/java-subset.md,
 * "The IR"); {@link #ir()} prints it, only when asked for.
 */
public record CompileResult(
        List<Diagnostic> diagnostics,
        byte[] elf,
        List<ListingLine> listing,
        List<SymbolInfo> symbols,
        List<IrMethod> irMethods) {
    public boolean ok() {
        return elf != null && diagnostics.isEmpty();
    }

    static CompileResult failed(List<Diagnostic> diagnostics) {
        return new CompileResult(List.copyOf(diagnostics), null, List.of(), List.of(), List.of());
    }

    /** The optimised IR of every compiled method as text, a blank line after each. */
    public String ir() {
        StringBuilder text = new StringBuilder();
        for (IrMethod method : irMethods) text.append(method).append('\n');
        return text.toString();
    }

    /** Diagnostics as javac-style lines, one per error. */
    public String formattedDiagnostics() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) sb.append(d).append('\n');
        return sb.toString();
    }
}
