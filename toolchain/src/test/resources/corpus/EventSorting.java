import java.util.*;

/** A conference schedule sorted every which way with Comparator.comparing().thenComparing(). */
public class EventSorting {
    record Event(String room, int day, int start, int minutes, String title) {
        int end() { return start + minutes; }
    }

    public static void main(String[] args) {
        List<Event> events = new ArrayList<>(List.of(
            new Event("B", 2, 900, 45, "Garbage collection"),
            new Event("A", 1, 930, 60, "Lambdas in practice"),
            new Event("A", 1, 900, 30, "Opening"),
            new Event("C", 2, 900, 90, "Workshop: RISC-V"),
            new Event("B", 1, 1100, 45, "Records"),
            new Event("A", 2, 1300, 30, "Closing"),
            new Event("C", 1, 1100, 45, "Microkernels"),
            new Event("B", 1, 930, 60, "Type inference")));
        events.sort(Comparator.comparingInt(Event::day).thenComparingInt(Event::start).thenComparing(Event::room));
        events.forEach(e -> System.out.println(e.day() + " " + e.start() + " " + e.room() + " " + e.title()));
        System.out.println("-- by room, longest first");
        events.sort(Comparator.comparing(Event::room).thenComparing(Comparator.comparingInt(Event::minutes).reversed()));
        for (Event e : events) System.out.println(e.room() + " " + e.minutes() + " " + e.title());
        System.out.println("-- by title length then title, reversed");
        events.sort(Comparator.comparing(Event::title, Comparator.comparingInt(String::length)).thenComparing(Event::title).reversed());
        events.forEach(e -> System.out.println(e.title()));
        Event last = Collections.max(events, Comparator.comparingInt(Event::day).thenComparingInt(Event::end));
        Event first = Collections.min(events, Comparator.comparingInt(Event::day).thenComparingInt(Event::start).thenComparing(Event::title));
        System.out.println("first " + first + "\nlast " + last);
    }
}
