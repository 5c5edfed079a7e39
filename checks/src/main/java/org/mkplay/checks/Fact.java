package org.mkplay.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * A fact about a run that a lesson checks (docs/lessons.md, "Checks"). Processes are named as the system names
 * them; {@link #ANY} stands for every process. Counting facts hold when the run shows at least {@code atLeast}
 * matching events.
 */
public sealed interface Fact {
    /** The process name that matches every process. */
    String ANY = "any";

    /** What the fact holds, in words: "an IPC from Client to Server with label 7". */
    String describe();

    Outcome evaluate(Run run);

    /** Whether the fact held, and what the run showed. */
    record Outcome(boolean holds, String observed) {}

    /** The console contains the text somewhere (output may arrive in pieces: lines need not be whole). */
    record ConsoleContains(String text) implements Fact {
        public String describe() {
            return "the console shows " + quote(text);
        }

        public Outcome evaluate(Run run) {
            boolean found = run.console().contains(text);
            return new Outcome(
                    found, found ? "it does" : "it does not; its last line is " + quote(lastLine(run.console())));
        }
    }

    /** The console has a whole line equal to the text. */
    record ConsoleLine(String text) implements Fact {
        public String describe() {
            return "the console has the line " + quote(text);
        }

        public Outcome evaluate(Run run) {
            for (String line : Words.lines(run.console())) {
                if (line.equals(text)) return new Outcome(true, "it has");
            }
            return new Outcome(false, "no such line; the last line is " + quote(lastLine(run.console())));
        }
    }

    /** A message (SEND, as the receiver took it: a RECEIVE record) from one process to another, maybe with a label. */
    record Ipc(String from, String to, Long label, int atLeast) implements Fact {
        public String describe() {
            return times("an IPC from " + from + " to " + to + (label == null ? "" : " with label " + label), atLeast);
        }

        public Outcome evaluate(Run run) {
            return messages(run, TraceRecord.RECEIVE, from, to, label, atLeast, true);
        }
    }

    /** A reply from a server process to a caller process, maybe with a label. */
    record Reply(String from, String to, Long label, int atLeast) implements Fact {
        public String describe() {
            return times("a reply from " + from + " to " + to + (label == null ? "" : " with label " + label), atLeast);
        }

        public Outcome evaluate(Run run) {
            return messages(run, TraceRecord.REPLY, from, to, label, atLeast, false);
        }
    }

    /** A notification from one process that woke a thread of another. */
    record Notify(String from, String to, int atLeast) implements Fact {
        public String describe() {
            return times("a notification from " + from + " that wakes " + to, atLeast);
        }

        public Outcome evaluate(Run run) {
            return messages(run, TraceRecord.NOTIFY, from, to, null, atLeast, false);
        }
    }

    /**
     * A device's interrupt woke a thread of the process: the kernel ORed an interrupt's bits into a notification the
     * thread waited on (a NOTIFY record with no actor and the woken thread as its peer; docs/kernel.md, Interrupts).
     */
    record Interrupt(String to, int atLeast) implements Fact {
        public String describe() {
            return times("an interrupt that wakes " + to, atLeast);
        }

        public Outcome evaluate(Run run) {
            if (!run.knows(to)) return unknown(run, to);
            int n = 0, signals = 0;
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (TraceRecord r : run.records()) {
                if (r.type() != TraceRecord.NOTIFY || r.actor() != TraceRecord.NONE) continue;
                signals++;
                if (r.peer() == TraceRecord.NONE) continue;
                seen.merge(run.nameOfThread(r.peer()), 1, Integer::sum);
                if (run.threadIs(r.peer(), to)) n++;
            }
            String what = signals == 0
                    ? "no interrupt was delivered to a notification"
                    : signals
                            + (signals == 1 ? " interrupt" : " interrupts")
                            + (seen.isEmpty() ? ", none woke a waiter" : ", woke: " + edges(seen));
            return count(n, atLeast, what);
        }
    }

    /** A fault of a thread of the process (any cause, or the scause given). */
    record Fault(String process, Integer cause, int atLeast) implements Fact {
        public String describe() {
            return times("a fault in " + process + (cause == null ? "" : " with cause " + cause), atLeast);
        }

        public Outcome evaluate(Run run) {
            if (!run.knows(process)) return unknown(run, process);
            int n = 0;
            List<String> seen = new ArrayList<>();
            for (TraceRecord r : run.records()) {
                if (r.type() != TraceRecord.FAULT) continue;
                seen.add(run.nameOfThread(r.actor()) + " (cause " + r.cause() + ")");
                if (run.threadIs(r.actor(), process) && (cause == null || r.cause() == cause)) n++;
            }
            return count(n, atLeast, seen.isEmpty() ? "no fault at all" : "faults: " + summary(seen));
        }
    }

    /** The supervisor restarted the process. */
    record Restart(String process, int atLeast) implements Fact {
        public String describe() {
            return times("a restart of " + process, atLeast);
        }

        public Outcome evaluate(Run run) {
            return lifecycle(run, TraceRecord.RESTART, process, null, atLeast, "restart");
        }
    }

    /** The process exited (with the status given). */
    record Exit(String process, Long status) implements Fact {
        public String describe() {
            return process + " exits" + (status == null ? "" : " with status " + status);
        }

        public Outcome evaluate(Run run) {
            return lifecycle(run, TraceRecord.EXIT, process, status, 1, "exit");
        }
    }

    /**
     * Calls from one process to another cost at most so many instructions on average, from the caller's SEND to the
     * switch back to the caller after the server's REPLY: the kernel's entry before the SEND record and the return to
     * user mode after the switch are not counted (a few dozen instructions, the same in every placement).
     */
    record RoundTrip(String from, String to, long maxInstructions) implements Fact {
        public String describe() {
            return "a round trip from " + from + " to " + to + " costs at most " + maxInstructions + " instructions";
        }

        public Outcome evaluate(Run run) {
            if (!run.knows(from)) return unknown(run, from);
            if (!run.knows(to)) return unknown(run, to);
            List<Long> costs = RoundTrips.measure(run, from, to);
            if (costs.isEmpty()) return new Outcome(false, "no call from " + from + " to " + to + " was answered");
            long sum = 0, min = Long.MAX_VALUE, max = 0;
            for (long c : costs) {
                sum += c;
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            long average = sum / costs.size();
            String trips = costs.size() == 1 ? "1 round trip, " : costs.size() + " round trips, ";
            return new Outcome(
                    average <= maxInstructions,
                    trips + average + " instructions on average" + " (" + min + " to " + max + ")");
        }
    }

    /** The kernel panicked (its report starts a console line with "panic: "). */
    record Panic() implements Fact {
        public String describe() {
            return "the kernel panics";
        }

        public Outcome evaluate(Run run) {
            for (String line : Words.lines(run.console())) {
                if (line.startsWith("panic: ")) return new Outcome(true, "it did: " + quote(line));
            }
            return new Outcome(false, "no panic report on the console");
        }
    }

    /** The fact does not hold. */
    record Not(Fact fact) implements Fact {
        public String describe() {
            return "not: " + fact.describe();
        }

        public Outcome evaluate(Run run) {
            Outcome o = fact.evaluate(run);
            return new Outcome(!o.holds(), o.observed());
        }
    }

    // ---- shared by the facts above ----

    private static Outcome messages(
            Run run, int type, String from, String to, Long label, int atLeast, boolean receiverActs) {
        if (!run.knows(from)) return unknown(run, from);
        if (!run.knows(to)) return unknown(run, to);
        int n = 0;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (TraceRecord r : run.records()) {
            if (r.type() != type || r.peer() == TraceRecord.NONE || r.actor() == TraceRecord.NONE) continue;
            long sender = receiverActs ? r.peer() : r.actor(), receiver = receiverActs ? r.actor() : r.peer();
            String edge = run.nameOfThread(sender) + " to " + run.nameOfThread(receiver)
                    + (type == TraceRecord.NOTIFY ? "" : " label " + r.label());
            seen.merge(edge, 1, Integer::sum);
            if (run.threadIs(sender, from) && run.threadIs(receiver, to) && (label == null || r.label() == label)) n++;
        }
        String kind = type == TraceRecord.RECEIVE ? "IPCs" : type == TraceRecord.REPLY ? "replies" : "notifications";
        return count(n, atLeast, seen.isEmpty() ? "no " + kind + " at all" : kind + " seen: " + edges(seen));
    }

    private static Outcome lifecycle(Run run, int type, String process, Long status, int atLeast, String what) {
        if (!run.knows(process)) return unknown(run, process);
        int n = 0;
        List<String> seen = new ArrayList<>();
        for (TraceRecord r : run.records()) {
            if (r.type() != type) continue;
            seen.add(run.nameOfThread(r.peer() != TraceRecord.NONE && type != TraceRecord.EXIT ? r.peer() : r.actor())
                    + (type == TraceRecord.EXIT ? " (status " + r.value() + ")" : ""));
            if (run.processIs(r.object(), process) && (status == null || r.value() == status)) n++;
        }
        return count(n, atLeast, seen.isEmpty() ? "no " + what + " at all" : what + "s: " + summary(seen));
    }

    private static Outcome count(int n, int atLeast, String seen) {
        return new Outcome(n >= atLeast, (n == 0 ? "none" : n + " matching") + "; " + seen);
    }

    private static Outcome unknown(Run run, String name) {
        return new Outcome(
                false,
                "there is no process named " + name + " (processes: " + String.join(", ", run.processNames()) + ")");
    }

    private static String times(String what, int atLeast) {
        return atLeast <= 1 ? what : what + ", at least " + atLeast + " times";
    }

    private static String edges(Map<String, Integer> seen) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (parts.size() == 8) {
                parts.add("…");
                break;
            }
            parts.add(e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""));
        }
        return String.join(", ", parts);
    }

    private static String summary(List<String> seen) {
        return seen.size() <= 8
                ? String.join(", ", seen)
                : String.join(", ", seen.subList(0, 8)) + ", … (" + seen.size() + ")";
    }

    private static String lastLine(String console) {
        String trimmed = console.endsWith("\n") ? console.substring(0, console.length() - 1) : console;
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
