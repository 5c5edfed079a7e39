import java.util.*;

/** Comparators around nulls and keys: nullsFirst, nullsLast, reversed, comparing with a key comparator. */
public class NullOrders {
    record Entry(String name, Integer rank) {}

    public static void main(String[] args) {
        List<String> names = new ArrayList<>(Arrays.asList("delta", null, "Alpha", "charlie", null, "bravo"));
        names.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(names);
        names.sort(Comparator.nullsLast(Comparator.<String>naturalOrder().reversed()));
        System.out.println(names);
        names.sort(Comparator.nullsFirst(String::compareToIgnoreCase));
        System.out.println(names);
        names.sort(Comparator.nullsFirst(Comparator.comparing(String::length)).reversed());
        System.out.println(names);
        List<Entry> entries = new ArrayList<>(List.of(new Entry("a", 3), new Entry("b", null), new Entry("c", 1), new Entry("d", null), new Entry("e", 2)));
        entries.sort(Comparator.comparing(Entry::rank, Comparator.nullsLast(Comparator.naturalOrder())));
        System.out.println(entries);
        entries.sort(Comparator.comparing(Entry::rank, Comparator.nullsFirst(Comparator.<Integer>reverseOrder())).thenComparing(Entry::name, Comparator.reverseOrder()));
        System.out.println(entries);
        Comparator<Entry> byName = Comparator.comparing(Entry::name);
        System.out.println(byName.compare(entries.get(0), entries.get(1)) < 0 ? "asc" : "desc");
        Comparator<String> nullsEqual = Comparator.nullsFirst(null);
        List<String> mixed = new ArrayList<>(Arrays.asList("z", null, "a", null, "m"));
        mixed.sort(nullsEqual);
        System.out.println(mixed);
    }
}
