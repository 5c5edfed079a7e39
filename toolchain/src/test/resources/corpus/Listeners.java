import java.util.*;
import java.util.function.*;

/** An event bus: listeners as Consumers, filters as Predicates, deferred work as Runnables. */
public class Listeners {
    record Message(String topic, String body, int priority) {}

    static final class Bus {
        private final Map<String, List<Consumer<Message>>> subscribers = new TreeMap<>();
        private final List<Predicate<Message>> filters = new ArrayList<>();
        private final Deque<Runnable> deferred = new ArrayDeque<>();
        private int delivered;

        void subscribe(String topic, Consumer<Message> listener) {
            subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener);
        }

        void filter(Predicate<Message> p) {
            filters.add(p);
        }

        void publish(Message m) {
            Predicate<Message> all = x -> true;
            for (Predicate<Message> f : filters) all = all.and(f);
            if (!all.test(m)) {
                System.out.println("dropped " + m);
                return;
            }
            for (Consumer<Message> l : subscribers.getOrDefault(m.topic(), List.of())) {
                deferred.add(() -> {
                    l.accept(m);
                    delivered++;
                });
            }
        }

        int drain() {
            int n = 0;
            while (!deferred.isEmpty()) {
                deferred.poll().run();
                n++;
            }
            return n;
        }
    }

    public static void main(String[] args) {
        Bus bus = new Bus();
        List<String> audit = new ArrayList<>();
        StringBuilder alerts = new StringBuilder();
        Consumer<Message> log = m -> audit.add(m.topic() + ":" + m.body());
        bus.subscribe("orders", log);
        bus.subscribe("orders", log.andThen(m -> { if (m.priority() > 5) alerts.append(m.body()).append(';'); }));
        bus.subscribe("alerts", m -> alerts.append("!").append(m.body().toUpperCase()).append(';'));
        bus.subscribe("stats", m -> System.out.println("stats: " + m.body()));
        bus.filter(m -> !m.body().isEmpty());
        bus.filter(Predicate.not(m -> m.topic().startsWith("debug")));
        bus.publish(new Message("orders", "book", 3));
        bus.publish(new Message("orders", "laptop", 9));
        bus.publish(new Message("alerts", "disk full", 10));
        bus.publish(new Message("debug.trace", "x", 1));
        bus.publish(new Message("orders", "", 7));
        bus.publish(new Message("stats", "42 requests", 0));
        bus.publish(new Message("nobody", "listens", 0));
        System.out.println("ran " + bus.drain() + " tasks, delivered " + bus.delivered);
        System.out.println(audit);
        System.out.println(alerts);
        BiConsumer<String, Integer> repeat = (s, n) -> System.out.println(s.repeat(n));
        repeat.andThen((s, n) -> System.out.println(n + " x " + s)).accept("ab", 3);
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        System.out.println(longer.test("abc", 2) + " " + longer.negate().test("abc", 2) + " " + longer.and((s, n) -> n > 5).test("abcdefg", 3)
            + " " + longer.or((s, n) -> n < 0).test("a", -1));
    }
}
