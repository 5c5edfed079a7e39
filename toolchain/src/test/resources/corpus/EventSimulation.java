import java.util.*;
import java.util.function.*;

/** A discrete-event simulation of a bank with two tellers: events in a PriorityQueue by time then sequence. */
public class EventSimulation {
    record Event(long time, int seq, String kind, int customer) {}

    static final PriorityQueue<Event> agenda = new PriorityQueue<>(
        Comparator.comparingLong(Event::time).thenComparingInt(Event::seq));
    static int seq;
    static long rng = 42;

    static int next(int bound) {
        rng = rng * 25214903917L + 11 & ((1L << 48) - 1);
        return (int) ((rng >>> 17) % bound);
    }

    static void schedule(long time, String kind, int customer) {
        agenda.add(new Event(time, seq++, kind, customer));
    }

    public static void main(String[] args) {
        Deque<Integer> line = new ArrayDeque<>();
        int freeTellers = 2;
        Map<Integer, Long> arrived = new HashMap<>();
        List<Long> waits = new ArrayList<>();
        Map<String, Consumer<Event>> handlers = new HashMap<>();
        long[] clock = {0};
        IntSupplier serviceTime = () -> 3 + next(8);
        long t = 0;
        for (int c = 0; c < 15; c++) {
            t += next(5);
            schedule(t, "arrive", c);
        }
        int[] tellers = {freeTellers};
        handlers.put("arrive", e -> {
            arrived.put(e.customer(), e.time());
            if (tellers[0] > 0) {
                tellers[0]--;
                waits.add(0L);
                schedule(e.time() + serviceTime.getAsInt(), "leave", e.customer());
            } else {
                line.addLast(e.customer());
            }
        });
        handlers.put("leave", e -> {
            Integer nextCustomer = line.pollFirst();
            if (nextCustomer == null) {
                tellers[0]++;
            } else {
                waits.add(e.time() - arrived.get(nextCustomer));
                schedule(e.time() + serviceTime.getAsInt(), "leave", nextCustomer);
            }
        });
        while (!agenda.isEmpty()) {
            Event e = agenda.poll();
            clock[0] = e.time();
            handlers.get(e.kind()).accept(e);
            System.out.println(String.format("%3d %-6s c%-2d line=%s", e.time(), e.kind(), e.customer(), line));
        }
        long total = 0, worst = 0;
        for (long w : waits) {
            total += w;
            worst = Math.max(worst, w);
        }
        System.out.println("served " + waits.size() + ", total wait " + total + ", worst " + worst + ", ended at " + clock[0]);
    }
}
