package org.mkplay.bench.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;

/**
 * The kernel's IPC figures (mkplay bench ipc): runs the kernel's bench image (kernel/src/test/user/BenchClient
 * and its server and waiter, packed by the kernel's build into kernel/target/images/bench.elf) on our emulator
 * and reads the retired instructions and modelled cycles at the end of every console line. The client runs each
 * operation SHORT and then LONG times, each loop followed by a line; an operation's cost is the difference
 * between the two loops over LONG - SHORT, so the printing, the loop's set-up and the line's own cost cancel.
 * Counts, not times: the same on every run and every host.
 */
public final class IpcBench {
    /** BenchClient's loop lengths. */
    public static final int SHORT = 100, LONG = 1100;
    /** The operations in the client's order, as the JSON names them. */
    public static final List<String> OPERATIONS = List.of("null_syscall", "call_reply", "call_reply_4k", "notify_wait");

    /** One operation's average cost. */
    public record Cost(double instructions, double cycles) {}

    private final long budget;

    public IpcBench(long budget) {
        this.budget = budget;
    }

    /** The four operations' costs, in {@link #OPERATIONS} order, on the board with our trace window (the default). */
    public Map<String, Cost> measure(byte[] elf) throws BenchFailure {
        return measure(elf, true);
    }

    /**
     * The same on a board with or without the trace window: with it the kernel writes its trace records (as in the
     * playground), without it the kernel finds none at boot and writes none (as on QEMU).
     */
    public Map<String, Cost> measure(byte[] elf, boolean traceWindow) throws BenchFailure {
        Machine machine = new Machine(new MachineConfig().traceWindow(traceWindow));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<long[]> lineEnds = new ArrayList<>();
        machine.setOutput(b -> {
            console.write(b);
            if (b == '\n')
                lineEnds.add(new long[] {
                    machine.counters().instructions(), machine.counters().modelledCycles()
                });
        });
        try {
            machine.load(elf);
        } catch (ElfException e) {
            throw new BenchFailure("cannot load the bench image: " + e.getMessage());
        }
        machine.run(budget);
        String text = console.toString(StandardCharsets.UTF_8);
        int first = text.indexOf("bench: ") < 0 ? -1 : lineIndex(text, "bench: ");
        if (!machine.halted() || first < 0 || !text.contains("bench: done\n") || text.contains("call failed")) {
            throw new BenchFailure("the bench image did not run to its end; console:\n" + text);
        }
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (int op = 0; op < OPERATIONS.size(); op++) {
            int at = first + 2 * op; // the line before the short loop
            costs.put(OPERATIONS.get(op), cost(lineEnds.get(at), lineEnds.get(at + 1), lineEnds.get(at + 2)));
        }
        return costs;
    }

    private static int lineIndex(String text, String prefix) {
        String before = text.substring(0, text.indexOf(prefix));
        return (int) before.chars().filter(c -> c == '\n').count();
    }

    private static Cost cost(long[] start, long[] afterShort, long[] afterLong) {
        double n = LONG - SHORT;
        long shortInstr = afterShort[0] - start[0], longInstr = afterLong[0] - afterShort[0];
        long shortCycles = afterShort[1] - start[1], longCycles = afterLong[1] - afterShort[1];
        return new Cost((longInstr - shortInstr) / n, (longCycles - shortCycles) / n);
    }

    /** The text report: the costs without trace records, and with them. */
    public static String text(Map<String, Cost> costs, Map<String, Cost> traced) {
        StringBuilder s = new StringBuilder();
        s.append("IPC on our emulator, per operation (averaged over ")
                .append(LONG - SHORT)
                .append(" operations;\n");
        s.append("cycles: 1 per instruction + 20 per trap + 10 per page-table read + 10 per device access)\n");
        s.append("untraced: a board without the trace window (as QEMU), so the kernel writes no trace records;\n");
        s.append("traced: with the window (as in the playground), every IPC and switch writes a record\n\n");
        s.append(String.format(
                "%-40s %14s %14s %14s %14s%n",
                "operation", "instructions", "cycles", "traced instr.", "traced cycles"));
        String[] names = {
            "null syscall (yield, nothing else ready)",
            "call + reply, registers only",
            "call + reply, 4 KiB each way",
            "notify -> wait (wake-up and back)"
        };
        for (int i = 0; i < OPERATIONS.size(); i++) {
            Cost c = costs.get(OPERATIONS.get(i)), t = traced.get(OPERATIONS.get(i));
            s.append(String.format(
                    "%-40s %14.1f %14.1f %14.1f %14.1f%n",
                    names[i], c.instructions(), c.cycles(), t.instructions(), t.cycles()));
        }
        return s.toString();
    }

    /**
     * {"null_syscall": {"instructions": N, "cycles": M, "traced": {"instructions": N, "cycles": M}}, ...} on one
     * line: the untraced costs, and the traced ones beside them.
     */
    public static String json(Map<String, Cost> costs, Map<String, Cost> traced) {
        StringBuilder s = new StringBuilder("{");
        for (String op : OPERATIONS) {
            if (s.length() > 1) s.append(", ");
            s.append('"').append(op).append("\": {");
            figures(s, costs.get(op));
            s.append(", \"traced\": {");
            figures(s, traced.get(op));
            s.append("}}");
        }
        return s.append('}').toString();
    }

    private static void figures(StringBuilder s, Cost c) {
        s.append("\"instructions\": ")
                .append(number(c.instructions()))
                .append(", \"cycles\": ")
                .append(number(c.cycles()));
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
