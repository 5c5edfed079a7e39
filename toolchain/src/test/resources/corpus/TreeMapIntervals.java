import java.util.*;

/** TreeMap navigation: grade boundaries with floorEntry, a booking calendar with ceiling/floor keys and range views. */
public class TreeMapIntervals {
    static final TreeMap<Integer, String> GRADES = new TreeMap<>(Map.of(0, "F", 50, "E", 60, "D", 70, "C", 80, "B", 90, "A"));

    static String grade(int score) {
        return GRADES.floorEntry(score).getValue();
    }

    /** Bookings as start -> end (exclusive); a new one must not overlap its neighbours. */
    static boolean book(TreeMap<Integer, Integer> calendar, int start, int end) {
        Integer before = calendar.floorKey(start);
        Integer after = calendar.ceilingKey(start);
        if (before != null && calendar.get(before) > start) return false;
        if (after != null && after < end) return false;
        calendar.put(start, end);
        return true;
    }

    public static void main(String[] args) {
        int[] scores = {95, 42, 67, 80, 79, 100, 50, 0, 88};
        StringBuilder sb = new StringBuilder();
        for (int s : scores) sb.append(s).append('=').append(grade(s)).append(' ');
        System.out.println(sb.toString().trim());
        TreeMap<Integer, Integer> cal = new TreeMap<>();
        int[][] requests = {{10, 20}, {15, 25}, {20, 30}, {5, 10}, {0, 6}, {30, 31}, {25, 30}, {40, 50}, {35, 41}};
        for (int[] r : requests) System.out.print(book(cal, r[0], r[1]) ? "Y" : "n");
        System.out.println(" " + cal);
        System.out.println("before 20: " + cal.headMap(20) + ", from 20: " + cal.tailMap(20) + ", 5..30: " + cal.subMap(5, 30));
        System.out.println("first " + cal.firstEntry() + " last " + cal.lastEntry() + " lower(10) " + cal.lowerEntry(10)
            + " higher(40) " + cal.higherEntry(40) + " floor(4) " + cal.floorKey(4));
        NavigableMap<Integer, Integer> tail = cal.tailMap(20, false);
        tail.put(60, 70);
        System.out.println(tail + " " + tail.firstKey() + " " + tail.lastKey() + " " + cal.size());
        SortedMap<Integer, Integer> head = cal.headMap(20);
        head.remove(5);
        System.out.println(head + " " + cal);
        int total = 0;
        while (!cal.isEmpty()) {
            Map.Entry<Integer, Integer> e = cal.pollFirstEntry();
            total += e.getValue() - e.getKey();
        }
        System.out.println("booked " + total + " " + cal);
        TreeMap<String, Integer> words = new TreeMap<>(String::compareToIgnoreCase);
        for (String w : "Banana apple Cherry banana APPLE date".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words + " " + words.containsKey("CHERRY"));
    }
}
