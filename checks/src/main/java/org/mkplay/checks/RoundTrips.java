package org.mkplay.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * Round trips in the trace: a SEND by a thread of the caller process to a thread of the server process (the SEND
 * names its receiver when one was waiting; otherwise the RECEIVE that takes it names both), then the REPLY to that
 * caller thread, then the SWITCH that runs the caller again. The cost is the instruction count between the SEND and
 * that SWITCH. A server placed in the kernel runs on its caller's time (docs/kernel.md, Placement): the caller is
 * never switched away, no SWITCH follows, and the round trip ends at the REPLY, which the kernel writes as it hands
 * the answer back.
 */
final class RoundTrips {
    private RoundTrips() {}

    static List<Long> measure(Run run, String from, String to) {
        Map<Long, Long> sentAt = new HashMap<>();
        Map<Long, Boolean> answered = new HashMap<>();
        Map<Long, Boolean> switchedAway = new HashMap<>();
        List<Long> costs = new ArrayList<>();
        for (TraceRecord r : run.records()) {
            switch (r.type()) {
                case TraceRecord.SEND -> {
                    boolean toServer = r.peer() == TraceRecord.NONE || run.threadIs(r.peer(), to);
                    switchedAway.remove(r.actor());
                    if (run.threadIs(r.actor(), from) && toServer) sentAt.put(r.actor(), r.instret());
                    else sentAt.remove(r.actor());
                }
                case TraceRecord.RECEIVE -> {
                    // the message went elsewhere: not a round trip to this server
                    if (sentAt.containsKey(r.peer()) && !run.threadIs(r.actor(), to)) sentAt.remove(r.peer());
                }
                case TraceRecord.REPLY -> {
                    Long start = sentAt.get(r.peer());
                    if (start == null || !run.threadIs(r.actor(), to)) continue;
                    if (switchedAway.containsKey(r.peer())) {
                        answered.put(r.peer(), true);
                    } else { // answered in the kernel, on the caller's time
                        costs.add(r.instret() - start);
                        sentAt.remove(r.peer());
                    }
                }
                case TraceRecord.SWITCH -> {
                    if (sentAt.containsKey(r.actor())) switchedAway.put(r.actor(), true);
                    Long start = sentAt.get(r.peer());
                    if (start != null && answered.remove(r.peer()) != null) {
                        costs.add(r.instret() - start);
                        sentAt.remove(r.peer());
                    }
                }
                default -> {}
            }
        }
        return costs;
    }
}
