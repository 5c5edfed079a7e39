package org.mkplay.bench.compiler;

import org.mkplay.bench.compiler.CompilerBench.CompileTime;
import org.mkplay.bench.compiler.CompilerBench.ProgramResult;
import org.mkplay.bench.compiler.CompilerBench.Report;

/** The text form of a {@link Report}: one table row per program, a geometric mean, compile times. */
final class BenchReport {
    private BenchReport() {}

    static String format(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Instructions retired on the mkplay emulator: our compiler (Java) vs ")
                .append(r.gcc())
                .append(' ')
                .append(String.join(" ", CTwin.FLAGS))
                .append(" (C twin)\n\n");
        sb.append(String.format(
                "%-10s %9s %15s %15s %7s  %s%n", "program", "size", "Java instr", "C instr", "ratio", "outputs"));
        double logSum = 0;
        for (ProgramResult p : r.programs()) {
            sb.append(String.format(
                    "%-10s %9d %,15d %,15d %7.2f  %s%n",
                    p.name(), p.size(), p.java().instructions(), p.c().instructions(), p.ratio(), outcome(p)));
            logSum += Math.log(p.ratio());
        }
        sb.append(String.format(
                "%-10s %49.2f%n", "geomean", Math.exp(logSum / r.programs().size())));
        for (ProgramResult p : r.programs())
            sb.append("  ")
                    .append(p.name())
                    .append(": ")
                    .append(p.java().output().strip())
                    .append('\n');
        sb.append(String.format(
                "%nThe collector on binarytrees (Java; instructions inside collections, counted with instret):%n"));
        for (CompilerBench.GcResult g : r.gc()) {
            GuestRun j = g.java();
            String heap = g.heapBytes() == 0 ? "default heap" : (g.heapBytes() >> 20) + " MiB heap";
            sb.append(String.format(
                    "  %-13s %,15d instr, %4d collections, %,13d in GC = %5.1f %%  %s%n",
                    heap,
                    j.instructions(),
                    j.collections(),
                    j.gcInstructions(),
                    100 * j.gcShare(),
                    j.succeeded() ? "" : "FAILED (" + status(j) + ")"));
        }
        CompileTime t = r.compileTime();
        sb.append(String.format(
                "%nCompile time, %d-line generated program (source to ELF), after %d warm-up compilations, %d runs:%n",
                t.lines(), t.warmups(), t.runs()));
        sb.append(String.format(
                "  median %.1f ms, best %.1f ms; javac alone median %.1f ms%n",
                t.medianMillis(), t.minMillis(), t.javacMedianMillis()));
        return sb.toString();
    }

    private static String outcome(ProgramResult p) {
        if (!p.java().succeeded() || !p.c().succeeded()) {
            return "FAILED (java " + status(p.java()) + ", C " + status(p.c()) + ")";
        }
        return p.outputsEqual() ? "equal" : "DIFFER";
    }

    private static String status(GuestRun run) {
        return run.halted() ? "exit " + run.exitStatus() : "did not finish";
    }
}
