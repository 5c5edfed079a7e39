package org.mkplay.bench.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Javac;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.link.GcOptions;

/**
 * {@code mkplay bench compiler}: how the code our compiler generates compares with GCC -O2 on the same
 * algorithms, counted in instructions retired on our emulator (deterministic: the same figures on every
 * host), and how long the compiler takes on a program of about 1,000 lines.
 */
public final class CompilerBench {
    /** Instructions a benchmark may retire before it counts as hung. */
    static final long BUDGET = 4_000_000_000L;

    static final int GENERATED_LINES = 1000;

    /** Input sizes: FULL for figures, TEST for a quick check that both sides agree. */
    public enum Scale {
        FULL,
        TEST
    }

    /** One program run both ways. */
    public record ProgramResult(String name, int size, GuestRun java, GuestRun c) {
        /** Java instructions per C instruction. */
        public double ratio() {
            return (double) java.instructions() / c.instructions();
        }

        public boolean outputsEqual() {
            return java.output().equals(c.output());
        }
    }

    /** Wall-clock compile times of the generated program (source to ELF, and the javac part alone). */
    public record CompileTime(
            int lines, int warmups, int runs, double medianMillis, double minMillis, double javacMedianMillis) {}

    /** binary-trees at full size with a given heap (bytes; 0 = the default, all RAM below the stack). */
    public record GcResult(long heapBytes, GuestRun java) {}

    public record Report(String gcc, List<ProgramResult> programs, List<GcResult> gc, CompileTime compileTime) {
        public String format() {
            return BenchReport.format(this);
        }
    }

    private CompilerBench() {}

    public static void main(String[] args) {
        Scale scale = Arrays.asList(args).contains("--quick") ? Scale.TEST : Scale.FULL;
        System.out.print(run(scale).format());
    }

    /** Every program at the given scale, then the compile-time measurement (shortened for TEST). */
    public static Report run(Scale scale) {
        List<ProgramResult> programs = runPrograms(scale);
        List<GcResult> gc = runGc(scale);
        CompileTime time = scale == Scale.FULL ? measureCompileTime(5, 10) : measureCompileTime(1, 1);
        return new Report(CTwin.gccVersion(), programs, gc, time);
    }

    public static List<ProgramResult> runPrograms(Scale scale) {
        List<ProgramResult> results = new ArrayList<>();
        for (BenchResources.Program p : BenchResources.programs()) {
            int size = scale == Scale.FULL ? p.fullSize() : p.testSize();
            results.add(new ProgramResult(p.name(), size, runJava(p, size), GuestRun.of(CTwin.build(p, size), BUDGET)));
        }
        return results;
    }

    static GuestRun runJava(BenchResources.Program p, int size) {
        return GuestRun.of(compile(p.className(), p.javaSource(size), GcOptions.DEFAULT), BUDGET);
    }

    /** The collector's share of binary-trees: with the default heap, and with heaps of 16 and 4 MiB. */
    public static List<GcResult> runGc(Scale scale) {
        BenchResources.Program trees = BenchResources.programs().stream()
                .filter(p -> p.name().equals("binarytrees"))
                .findFirst()
                .orElseThrow();
        int size = scale == Scale.FULL ? trees.fullSize() : trees.testSize();
        List<GcResult> results = new ArrayList<>();
        for (long heap : new long[] {0, 16 << 20, 4 << 20}) {
            GcOptions options = heap == 0 ? GcOptions.DEFAULT : GcOptions.heap(heap);
            results.add(new GcResult(
                    heap, GuestRun.of(compile(trees.className(), trees.javaSource(size), options), BUDGET)));
        }
        return results;
    }

    static byte[] compileJava(String className, String source) {
        return compile(className, source, GcOptions.DEFAULT).elf();
    }

    static CompileResult compile(String className, String source, GcOptions gc) {
        CompileRequest request = CompileRequest.ofSources(
                        Map.of(className + ".java", source), className, Profile.STANDALONE)
                .withGc(gc);
        CompileResult result = Compiler.compile(request);
        if (!result.ok())
            throw new IllegalStateException(className + " does not compile:\n" + result.formattedDiagnostics());
        return result;
    }

    /** Compiles the generated program {@code warmups} times untimed, then {@code runs} times timed. */
    public static CompileTime measureCompileTime(int warmups, int runs) {
        String source = GeneratedProgram.source(GENERATED_LINES);
        for (int i = 0; i < warmups; i++) compileJava(GeneratedProgram.CLASS_NAME, source);
        double[] total = new double[runs], javac = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            compileJava(GeneratedProgram.CLASS_NAME, source);
            long t1 = System.nanoTime();
            Javac.compile(Map.of(GeneratedProgram.CLASS_NAME + ".java", source));
            long t2 = System.nanoTime();
            total[i] = (t1 - t0) / 1e6;
            javac[i] = (t2 - t1) / 1e6;
        }
        return new CompileTime(
                GeneratedProgram.lineCount(source),
                warmups,
                runs,
                median(total),
                Arrays.stream(total).min().orElse(0),
                median(javac));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
