import java.util.Iterator;

public class GenericsIterators {
    static final class Node<T> {
        final T value;
        Node<T> next;
        Node(T value) { this.value = value; }
    }

    static final class Bag<T> implements Iterable<T> {
        private Node<T> head, tail;
        private int size;

        void add(T v) {
            Node<T> n = new Node<>(v);
            if (head == null) head = tail = n; else { tail.next = n; tail = n; }
            size++;
        }

        int size() { return size; }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node<T> at = head;
                public boolean hasNext() { return at != null; }
                public T next() { T v = at.value; at = at.next; return v; }
            };
        }
    }

    static final class Range implements Iterable<Integer> {
        final int from, to;
        Range(int from, int to) { this.from = from; this.to = to; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;
                public boolean hasNext() { return next < to; }
                public Integer next() { next++; return null; }
            };
        }
    }

    static final class Pair<A, B> {
        final A first;
        final B second;
        Pair(A first, B second) { this.first = first; this.second = second; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static final class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        public String toString() { return major + "." + minor; }
    }

    static <T extends Comparable<T>> T max(Iterable<T> items) {
        T best = null;
        for (T t : items) if (best == null || t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T extends Comparable<T>> void sort(T[] a) {
        for (int i = 1; i < a.length; i++) {
            T key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = key;
        }
    }

    public static void main(String[] args) {
        Bag<String> words = new Bag<>();
        for (String w : new String[] {"kernel", "ipc", "capability", "endpoint", "thread"}) words.add(w);
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(w.length()).append(':').append(w).append(' ');
        System.out.println(sb + "size=" + words.size() + " max=" + max(words));
        Bag<Version> versions = new Bag<>();
        versions.add(new Version(1, 10));
        versions.add(new Version(2, 1));
        versions.add(new Version(1, 9));
        System.out.println("latest " + max(versions));
        Version[] vs = {new Version(3, 0), new Version(1, 2), new Version(1, 1), new Version(2, 5)};
        sort(vs);
        sb.setLength(0);
        for (Version v : vs) sb.append(v).append(' ');
        System.out.println(sb);
        String[] names = {"pear", "apple", "fig"};
        sort(names);
        System.out.println(names[0] + " " + names[1] + " " + names[2]);
        Pair<String, Integer> p = new Pair<>("answer", null);
        Pair<String, Version> q = p.withSecond(new Version(4, 2));
        System.out.println(p + " " + q + " " + q.second.minor);
        int visited = 0;
        Iterator<Integer> it = new Range(3, 8).iterator();
        while (it.hasNext()) { it.next(); visited++; }
        System.out.println("visited " + visited);
        Comparable<Version> c = vs[0];
        System.out.println(c.compareTo(vs[1]) + " " + vs[3].compareTo(vs[0]));
    }
}
