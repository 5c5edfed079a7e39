import java.util.*;

public class CollectionsBasics {
    static final class Point implements Comparable<Point> {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public boolean equals(Object o) { return o instanceof Point p && p.x == x && p.y == y; }
        public int hashCode() { return 31 * x + y; }
        public String toString() { return "(" + x + "," + y + ")"; }
        public int compareTo(Point o) { return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y); }
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) list.add((i * 7919) % 23);
        System.out.println(list + " size " + list.size());
        Collections.sort(list);
        System.out.println(list);
        list.remove(Integer.valueOf(0));
        list.remove(3);
        System.out.println(list + " " + list.indexOf(22) + " " + list.contains(5));
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        Long big = 5_000_000_000L;
        System.out.println(big + " " + big.hashCode() + " " + Long.valueOf(-1).hashCode());
        Map<String, Integer> counts = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        for (String w : words(text)) counts.put(w, counts.getOrDefault(w, 0) + 1);
        System.out.println(counts);
        System.out.println(counts.keySet() + " " + counts.values());
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > 1) System.out.println(e.getKey() + " x" + e.getValue());
        Map<Integer, String> squares = new HashMap<>();
        for (int i = -50; i < 200; i += 7) squares.put(i * i, "s" + i);
        System.out.println(squares);
        squares.remove(49);
        System.out.println(squares.size() + " " + squares.containsKey(100) + " " + squares.get(2401));
        Set<Point> points = new HashSet<>();
        for (int i = 0; i < 30; i++) points.add(new Point(i % 7, i % 5));
        System.out.println(points.size() + " " + points);
        TreeLike(points);
        LinkedHashMap<String, Integer> order = new LinkedHashMap<>();
        order.put("zebra", 1); order.put("apple", 2); order.put("mango", 3); order.put("apple", 4);
        order.remove("zebra"); order.put("zebra", 5);
        System.out.println(order);
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) { if (i % 3 == 0) dq.addFirst(i); else dq.addLast(i); }
        System.out.println(dq.pollFirst() + " " + dq.pollLast() + " " + dq.size() + " " + dq);
        Queue<String> q = new LinkedList<>();
        q.offer("a"); q.offer("b"); q.offer("c");
        System.out.println(q.poll() + q.peek() + q.size() + q);
        int[] arr = {5, 3, 9, -1, 7, 3, 0, 12, -8};
        int[] copy = Arrays.copyOf(arr, 12);
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(copy) + " " + Arrays.binarySearch(arr, 7));
        String[] names = {"delta", "alpha", "charlie", "bravo", "echo", "alpha"};
        Arrays.sort(names, Comparator.reverseOrder());
        System.out.println(Arrays.toString(names) + " " + Arrays.asList(names).indexOf("bravo"));
        List<String> fixed = List.of("x", "y", "z");
        System.out.println(fixed + " " + fixed.hashCode() + " " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + list.equals(new ArrayList<>(list)));
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(list);
        Character ch = 'q';
        Boolean flag = true;
        System.out.println(ch + " " + flag + " " + ch.hashCode() + " " + flag.hashCode() + " " + Long.parseUnsignedLong("18446744073709551615"));
        Collections.reverse(list);
        System.out.println(list + " " + Collections.max(list) + " " + Collections.min(list) + " " + Collections.frequency(list, 3));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return words;
    }

    static void TreeLike(Set<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        Collections.sort(sorted);
        System.out.println(sorted);
        sorted.sort(new Comparator<Point>() {
            public int compare(Point p, Point q) { return Integer.compare(p.y, q.y); }
        });
        System.out.println(sorted);
    }
}
