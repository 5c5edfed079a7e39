package org.mkplay.web;

import java.util.List;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.bench.system.SystemReport;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.vmmagic.trace.TraceRecord;
import org.teavm.jso.JSExport;

/**
 * The functions the browser's worker calls on the emulator compiled to WebAssembly GC: one machine at a time.
 * Counts cross as int or double, not long: TeaVM hands a Java long to JavaScript as a BigInt.
 */
public final class EmulatorBridge {
    /** Guest RAM in the browser: the board's default size. */
    private static final int RAM_MIB = 128;

    private static final OutputBuffer output = new OutputBuffer();
    private static final TraceRing trace = new TraceRing();
    /** The whole run since the last load or reset, for the lesson's checks (the ring above may drop records). */
    private static final RunLog runLog = new RunLog();

    private static Machine machine;
    /** The hart's engine for the machines {@link #load} builds: blocks, or one instruction per dispatch. */
    private static boolean blockEngine = true;
    /**
     * The kernel's SWITCH records since the last load or reset: context switches, counted as {@code mkplay bench
     * system} counts them (the machine's own counters know nothing of threads). Every record, drained or not.
     */
    private static long contextSwitches;

    private EmulatorBridge() {}

    /** Chooses the engine of the machines loaded from now on (the bench page's {@code ?engine=steps} compares). */
    @JSExport
    public static void useBlockEngine(boolean blocks) {
        blockEngine = blocks;
    }

    /** Boots a fresh machine from an ELF image; returns "" on success, else why the image was rejected. */
    @JSExport
    public static String load(byte[] elf) {
        Machine fresh = new Machine(new MachineConfig().ramMiB(RAM_MIB).blockEngine(blockEngine));
        try {
            fresh.load(elf);
        } catch (ElfException e) {
            return e.getMessage();
        }
        output.clear();
        trace.clear();
        runLog.clear();
        fresh.setOutput(octet -> {
            output.put(octet);
            runLog.console(octet);
        });
        contextSwitches = 0;
        fresh.setTraceListener((type, a0, a1, a2, a3) -> {
            if ((type & 0xff) == TraceRecord.SWITCH) contextSwitches++;
            trace.event(type, a0, a1, a2, a3);
            runLog.record(type, a0, a1, a2, a3);
        });
        machine = fresh;
        return "";
    }

    /** Runs up to {@code maxInstructions}; returns how many retired (fewer when the machine halts or idles). */
    @JSExport
    public static int run(int maxInstructions) {
        return (int) loaded().run(maxInstructions);
    }

    /** UART output since the last call (JavaScript receives an Int8Array). */
    @JSExport
    public static byte[] drainOutput() {
        return output.drain();
    }

    @JSExport
    public static void pushInput(int octet) {
        loaded().uart().pushInput(octet);
    }

    /** Back to the state right after the last load, with fresh devices; pending output is dropped. */
    @JSExport
    public static void reset() {
        loaded().reset();
        contextSwitches = 0;
        output.clear();
        trace.clear();
        runLog.clear();
    }

    /**
     * Holds a lesson's checks file against the run since the last load or reset (its whole console and every trace
     * record, whatever the page drained), with the evaluator {@code mkplay check} uses on the JVM. Returns JSON:
     * {@code {error, records, verdicts: [{line, source, passed, expected, observed}]}} ({@link ChecksReport});
     * {@code error} names a line that does not parse, or says the run was too big to keep whole.
     */
    @JSExport
    public static String evaluateChecks(String checksFile) {
        return ChecksReport.evaluate(checksFile, runLog);
    }

    /**
     * The kernel's trace records since the last call, {@link TraceRing#FIELDS} numbers each (TraceRing says which);
     * JavaScript receives a Float64Array. A guest that writes no records (the demo) gives an empty array.
     */
    @JSExport
    public static double[] drainTrace() {
        return trace.drain();
    }

    /** Records the ring overwrote because they were not drained in time, since the last load or reset. */
    @JSExport
    public static double traceDropped() {
        return trace.dropped();
    }

    /**
     * The system benchmark (docs/benchmarks.md) of one placement's image on a machine of its own (the loaded one is
     * left alone): the JSON array {@code mkplay bench system --json} prints, or {@code {"error": "..."}}.
     * {@code workloads} is comma-separated. Runs to the end in one call, as long as the workloads take.
     */
    @JSExport
    public static String benchSystem(byte[] image, String placement, String workloads, int shortRuns, int longRuns) {
        try {
            SystemBench bench = new SystemBench(shortRuns, longRuns, SYSTEM_BENCH_BUDGET);
            return SystemReport.json(bench.measure(image, placement, List.of(workloads.split(",")))
                    .costs());
        } catch (BenchFailure | IllegalArgumentException e) {
            return "{\"error\": " + ChecksReport.string(e.getMessage()) + "}";
        }
    }

    /** What one placement's run of the system benchmark may retire (the command line's default). */
    private static final long SYSTEM_BENCH_BUDGET = 2_000_000_000L;

    /** Instructions retired since the last load or reset; exact as a double below 2^53. */
    @JSExport
    public static double instructions() {
        return loaded().counters().instructions();
    }

    /**
     * The machine's event counts since the last load or reset, in the order of {@link #COUNTER_NAMES}
     * (JavaScript receives a Float64Array; every count below 2^53 is exact).
     */
    @JSExport
    public static double[] counters() {
        Counters c = loaded().counters();
        long exceptions = 0;
        long interrupts = 0;
        for (int cause = 0; cause < 16; cause++) {
            exceptions += c.exceptions(cause);
            interrupts += c.interrupts(cause);
        }
        return new double[] {
            c.instructions(),
            c.trapsTotal(),
            exceptions,
            interrupts,
            contextSwitches,
            c.satpWrites,
            c.tlbMisses,
            c.pageWalks,
            c.deviceAccesses,
            c.modelledCycles()
        };
    }

    /** What {@link #counters()} holds, index by index (the worker names the values with this). */
    @JSExport
    public static String counterNames() {
        return String.join(",", COUNTER_NAMES);
    }

    static final String[] COUNTER_NAMES = {
        "instructions",
        "traps",
        "exceptions",
        "interrupts",
        "contextSwitches",
        "satpWrites",
        "tlbMisses",
        "pageWalks",
        "deviceAccesses",
        "cycles"
    };

    @JSExport
    public static boolean halted() {
        return loaded().halted();
    }

    /** True when the hart sleeps in wfi and only input from outside can wake it. */
    @JSExport
    public static boolean waiting() {
        return loaded().waiting();
    }

    @JSExport
    public static int exitStatus() {
        return loaded().exitStatus();
    }

    private static Machine loaded() {
        if (machine == null) throw new IllegalStateException("no image loaded");
        return machine;
    }
}
