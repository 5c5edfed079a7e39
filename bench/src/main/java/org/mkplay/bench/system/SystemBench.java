package org.mkplay.bench.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * The system benchmark (mkplay bench system, POST /api/benchmarks, the page's Benchmark tab): boots a system image
 * (the default system in one placement) on our emulator, types the shell's {@code bench SHORT LONG WORKLOAD...}
 * and {@code halt}, and reads the machine's counters each time a line's newline reaches the UART. The shell runs
 * each workload SHORT and then LONG times between identical marker lines (system/.../default/Bench.java), so an
 * operation's cost is (second interval - first interval) / (LONG - SHORT): the boot, the set-up and the markers'
 * own printing cancel. Counts, not times: the same on every run and every host.
 *
 * <p>Plain Java on the emulator alone (no threads, files or reflection) so that TeaVM compiles it for the page's
 * worker as well.
 */
public final class SystemBench {
    /** The workloads, in the shell's order. */
    public static final List<String> WORKLOADS =
            List.of("echo", "kv_get", "kv_put", "file_read_4k", "file_create_write");
    /** Placements: every server in user space (microkernel), in the kernel (monolithic), or some of each. */
    public static final List<String> PLACEMENTS = List.of("user", "kernel", "mixed");
    /** The loop lengths of the full run (mkplay bench system). */
    public static final int SHORT = 100, LONG = 1100;

    static final String PROMPT = "mk$ ";
    /** Boots are about 1.3 M instructions; the prompt must come well within this. */
    static final long BOOT_LIMIT = 20_000_000L;

    private final int shortRuns, longRuns;
    private final long budget;
    private final Supplier<MachineConfig> config;

    /**
     * @param shortRuns operations in the first loop (at least 0)
     * @param longRuns operations in the second (more than shortRuns)
     * @param budget the most instructions one image's run may retire, boot included
     */
    public SystemBench(int shortRuns, int longRuns, long budget) {
        this(shortRuns, longRuns, budget, MachineConfig::new);
    }

    /** The same on the board {@code config} makes, e.g. with the JVM's engine (the page's worker: the default). */
    public SystemBench(int shortRuns, int longRuns, long budget, Supplier<MachineConfig> config) {
        if (shortRuns < 0 || longRuns <= shortRuns) {
            throw new IllegalArgumentException("need 0 <= short < long, got " + shortRuns + " and " + longRuns);
        }
        this.shortRuns = shortRuns;
        this.longRuns = longRuns;
        this.budget = budget;
        this.config = config;
    }

    /** One image's figures: a cost per workload (in the order asked) and the checksum line of each. */
    public record Result(List<Cost> costs, List<String> checksums, String console) {}

    /** Runs the workloads on the image of one placement; fails if the image does not boot or a workload fails. */
    public Result measure(byte[] image, String placement, List<String> workloads) throws BenchFailure {
        for (String w : workloads) {
            if (!WORKLOADS.contains(w)) throw new BenchFailure("no workload '" + w + "' (known: " + WORKLOADS + ")");
        }
        Probe probe = new Probe();
        Machine machine = boot(image, probe);
        StringBuilder input = new StringBuilder("bench " + shortRuns + " " + longRuns);
        for (String w : workloads) input.append(' ').append(w);
        input.append("\nhalt\n");
        for (int i = 0; i < input.length(); i++) machine.uart().pushInput(input.charAt(i));
        machine.run(budget - machine.counters().instructions());
        String console = probe.console.toString();
        if (!machine.halted()) {
            throw new BenchFailure("the system did not finish the benchmark within " + budget
                    + " instructions; console:\n" + tail(console));
        }
        return result(placement, workloads, probe, console);
    }

    private Machine boot(byte[] image, Probe probe) throws BenchFailure {
        Machine machine = new Machine(config.get());
        machine.setOutput(b -> probe.output(machine.counters(), b));
        machine.setTraceListener((type, a0, a1, a2, a3) -> {
            if ((type & 0xff) == TraceRecord.SWITCH) probe.switches++;
        });
        try {
            machine.load(image);
        } catch (ElfException e) {
            throw new BenchFailure("cannot load the system image: " + e.getMessage());
        }
        long limit = Math.min(budget, BOOT_LIMIT);
        while (!probe.endsWith(PROMPT)
                && !machine.halted()
                && machine.counters().instructions() < limit) {
            machine.run(10_000);
        }
        if (!probe.endsWith(PROMPT)) {
            throw new BenchFailure(
                    "the system did not reach the shell's prompt; console:\n" + tail(probe.console.toString()));
        }
        return machine;
    }

    private Result result(String placement, List<String> workloads, Probe probe, String console) throws BenchFailure {
        List<String> lines = List.of(console.split("\n", -1));
        List<Cost> costs = new ArrayList<>();
        List<String> checksums = new ArrayList<>();
        for (String w : workloads) {
            int at = lines.indexOf("bench: " + w);
            String done = at < 0 || at + 3 >= lines.size() ? "" : lines.get(at + 3);
            if (at < 0
                    || !lines.get(at + 1).equals("bench: ok")
                    || !lines.get(at + 2).equals("bench: ok")
                    || !done.startsWith("bench: " + w + " done, checksum ")
                    || !done.endsWith(", failures 0")) {
                throw new BenchFailure("workload " + w + " did not run cleanly; console:\n" + tail(console));
            }
            costs.add(cost(w, placement, probe.samples, at));
            checksums.add(done);
        }
        return new Result(costs, checksums, console);
    }

    /** Samples at, at + 1, at + 2: the newlines before the short loop, after it and after the long one. */
    private Cost cost(String workload, String placement, List<long[]> samples, int at) {
        long[] start = samples.get(at), afterShort = samples.get(at + 1), afterLong = samples.get(at + 2);
        double[] perOp = new double[Probe.FIELDS];
        for (int f = 0; f < Probe.FIELDS; f++) {
            long first = afterShort[f] - start[f], second = afterLong[f] - afterShort[f];
            perOp[f] = round((second - first) / (double) (longRuns - shortRuns));
        }
        return new Cost(workload, placement, perOp[0], perOp[1], perOp[2], perOp[3], perOp[4], perOp[5]);
    }

    /** To the hundredth (the loops' difference is a multiple of 1/(LONG - SHORT)). */
    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String tail(String console) {
        return console.length() <= 2000 ? console : "..." + console.substring(console.length() - 2000);
    }

    /** What the run's output and trace records say: the console and the counters at every newline. */
    private static final class Probe {
        /** instructions, traps, context switches, satp writes, TLB misses, modelled cycles. */
        static final int FIELDS = 6;

        final StringBuilder console = new StringBuilder();
        final List<long[]> samples = new ArrayList<>();
        long switches;

        void output(Counters c, int b) {
            console.append((char) (b & 0xff));
            if (b == '\n') {
                samples.add(new long[] {
                    c.instructions(), c.trapsTotal(), switches, c.satpWrites, c.tlbMisses, c.modelledCycles()
                });
            }
        }

        boolean endsWith(String s) {
            int n = console.length();
            return n >= s.length() && console.substring(n - s.length()).equals(s);
        }
    }
}
