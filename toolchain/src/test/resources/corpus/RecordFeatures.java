import java.util.*;

/** Records beyond the basics: compact constructors, static factories, generics, interfaces, overrides. */
public class RecordFeatures {
    interface Shape {
        long area();
    }

    record Rect(int w, int h) implements Shape {
        Rect {
            if (w < 0) w = -w;
            if (h < 0) h = -h;
        }
        static Rect square(int side) { return new Rect(side, side); }
        public long area() { return (long) w * h; }
    }

    record Circle(int r) implements Shape {
        public long area() { return 3L * r * r; }
        @Override public String toString() { return "Circle(r=" + r + ")"; }
    }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }

    record Flags(boolean on, char code, long stamp, short level, byte mask) {}

    record Range(int lo, int hi) implements Comparable<Range> {
        public int compareTo(Range o) { return lo != o.lo ? Integer.compare(lo, o.lo) : Integer.compare(hi, o.hi); }
        @Override public boolean equals(Object o) { return o instanceof Range r && r.lo == lo; }
        @Override public int hashCode() { return lo; }
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Rect(-3, 4), Rect.square(5), new Circle(2), new Rect(2, -8));
        long total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println(shapes + " total " + total);
        System.out.println(new Rect(3, -4).equals(new Rect(-3, 4)) + " " + new Rect(3, 4).hashCode() + " " + new Circle(2).hashCode());
        Pair<String, Integer> p = new Pair<>("x", 1);
        Pair<String, List<String>> q = p.withSecond(List.of("a", "b"));
        System.out.println(p + " " + q + " " + q.hashCode() + " " + p.equals(new Pair<>("x", 1)) + " " + new Pair<>(null, null).hashCode());
        Flags f = new Flags(true, 'Q', -123456789012L, (short) -2, (byte) 0x7f);
        Flags g = new Flags(false, 'Q', -123456789012L, (short) -2, (byte) 0x7f);
        System.out.println(f + " " + f.hashCode() + " " + g.hashCode() + " " + f.equals(g) + " " + f.code());
        TreeMap<Range, String> ranges = new TreeMap<>();
        ranges.put(new Range(5, 9), "b");
        ranges.put(new Range(1, 3), "a");
        ranges.put(new Range(5, 7), "c");
        System.out.println(ranges + " " + new Range(1, 100).equals(new Range(1, 2)) + " " + new Range(4, 4).hashCode());
        Map<Pair<Integer, Integer>, String> grid = new HashMap<>();
        for (int i = 0; i < 4; i++) grid.put(new Pair<>(i, i * i), "v" + i);
        System.out.println(grid + " " + grid.get(new Pair<>(2, 4)));
    }
}
