import java.util.*;

/** Merging overlapping intervals and finding free gaps, with records sorted by a comparator chain. */
public class IntervalMerge {
    record Interval(int start, int end) {
        Interval {
            if (start > end) {
                int t = start;
                start = end;
                end = t;
            }
        }

        boolean overlaps(Interval o) { return start <= o.end && o.start <= end; }
        Interval span(Interval o) { return new Interval(Math.min(start, o.start), Math.max(end, o.end)); }
        int length() { return end - start; }
    }

    static List<Interval> merge(List<Interval> in) {
        List<Interval> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt(Interval::start).thenComparingInt(Interval::end));
        Deque<Interval> out = new ArrayDeque<>();
        for (Interval i : sorted) {
            if (!out.isEmpty() && out.peekLast().overlaps(i)) out.addLast(out.pollLast().span(i));
            else out.addLast(i);
        }
        return new ArrayList<>(out);
    }

    public static void main(String[] args) {
        List<Interval> meetings = List.of(new Interval(9, 10), new Interval(14, 12), new Interval(9, 11), new Interval(16, 17),
            new Interval(13, 15), new Interval(8, 8), new Interval(17, 18), new Interval(11, 11));
        System.out.println(meetings.get(1) + " " + meetings.get(1).equals(new Interval(12, 14)));
        List<Interval> busy = merge(meetings);
        System.out.println("busy " + busy);
        List<Interval> free = new ArrayList<>();
        for (int k = 1; k < busy.size(); k++) free.add(new Interval(busy.get(k - 1).end(), busy.get(k).start()));
        free.removeIf(i -> i.length() == 0);
        System.out.println("free " + free);
        Interval longest = Collections.max(busy, Comparator.comparingInt(Interval::length));
        System.out.println("longest " + longest + " length " + longest.length());
        Map<Interval, Integer> counts = new HashMap<>();
        for (Interval i : meetings) counts.merge(i, 1, Integer::sum);
        counts.merge(new Interval(10, 9), 1, Integer::sum);
        System.out.println(counts.get(new Interval(9, 10)) + " " + counts.size());
    }
}
