package org.mkplay.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * What a run left behind for the checks: the console text and the kernel's trace records, in order. Derived once:
 * which process each thread belongs to (from SPAWN and RESTART records: the started thread and its process) and the
 * name of each process (from the boot's {@code user: NAME is process N} console lines, or given by the caller when
 * the names come from a manifest).
 */
public final class Run {
    private final String console;
    private final List<TraceRecord> records;
    private final Map<Long, Long> processOfThread = new HashMap<>();
    private final Map<Long, String> nameOfProcess = new HashMap<>();

    public Run(String console, List<TraceRecord> records) {
        this(console, records, namesFromConsole(console));
    }

    public Run(String console, List<TraceRecord> records, Map<Long, String> processNames) {
        this.console = console;
        this.records = List.copyOf(records);
        nameOfProcess.putAll(processNames);
        for (TraceRecord r : records) {
            if ((r.type() == TraceRecord.SPAWN || r.type() == TraceRecord.RESTART) && r.peer() != TraceRecord.NONE) {
                processOfThread.put(r.peer(), r.object());
            }
        }
    }

    public String console() {
        return console;
    }

    public List<TraceRecord> records() {
        return records;
    }

    /** The name of the process thread {@code thread} belongs to, or "thread N" when it is not known. */
    public String nameOfThread(long thread) {
        Long process = processOfThread.get(thread);
        String name = process == null ? null : nameOfProcess.get(process);
        return name != null ? name : thread == TraceRecord.NONE ? "nobody" : "thread " + thread;
    }

    /** Whether the thread belongs to the process named {@code name} ({@code any} matches every thread). */
    public boolean threadIs(long thread, String name) {
        return thread != TraceRecord.NONE && (name.equals(Fact.ANY) || name.equals(nameOfThread(thread)));
    }

    /** Whether process {@code process} is the one named {@code name} ({@code any} matches every process). */
    public boolean processIs(long process, String name) {
        return name.equals(Fact.ANY) || name.equals(nameOfProcess.get(process));
    }

    /** Whether some process has this name ({@code any} always does). */
    public boolean knows(String name) {
        return name.equals(Fact.ANY) || nameOfProcess.containsValue(name);
    }

    /** The known process names, in process order, for messages such as "no process named X (there are A, B)". */
    public List<String> processNames() {
        List<Long> ids = new ArrayList<>(nameOfProcess.keySet());
        ids.sort(null);
        List<String> names = new ArrayList<>();
        for (Long id : ids) names.add(nameOfProcess.get(id));
        return names;
    }

    /**
     * The boot's lines {@code user: NAME is process N, ...} (docs/kernel.md, Packing user programs), and
     * {@code kernel: NAME is process N, in the kernel, ...} for a server placed in the kernel (Placement).
     */
    static Map<Long, String> namesFromConsole(String console) {
        Map<Long, String> names = new HashMap<>();
        for (String line : Words.lines(console)) {
            String prefix = line.startsWith("user: ") ? "user: " : line.startsWith("kernel: ") ? "kernel: " : null;
            if (prefix == null) continue;
            int is = line.indexOf(" is process ");
            if (is < 0) continue;
            int start = is + " is process ".length();
            int end = start;
            while (end < line.length() && Character.isDigit(line.charAt(end))) end++;
            if (end == start) continue;
            names.put(Long.parseLong(line.substring(start, end)), line.substring(prefix.length(), is));
        }
        return names;
    }
}
