import java.util.*;

/** Records as hash keys: equals, hashCode and toString as the JVM makes them, and the HashMap order they give. */
public class RecordKeys {
    record Point(int x, int y) {
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }
    record Cell(String sheet, long row, char col, boolean locked) {}
    record Empty() {}
    record Wrapper(Point p, String label) {}

    public static void main(String[] args) {
        Map<Point, String> grid = new HashMap<>();
        for (int x = -2; x <= 2; x++) {
            for (int y = -2; y <= 2; y++) if ((x + y) % 2 == 0) grid.put(new Point(x, y), "(" + x + "," + y + ")");
        }
        System.out.println(grid.size() + " " + grid.keySet());
        System.out.println(grid.get(new Point(1, 1)) + " " + grid.containsKey(new Point(1, 2)));
        Set<Point> seen = new HashSet<>();
        Point p = new Point(0, 0);
        Point[] moves = {new Point(1, 0), new Point(0, 1), new Point(-1, 0), new Point(0, -1)};
        for (int step = 0; step < 40; step++) {
            seen.add(p);
            p = p.plus(moves[(step * step + step / 3) % 4]);
        }
        System.out.println(seen.size() + " visited, last " + p + " " + seen);
        Cell a = new Cell("main", 1L << 33, 'C', true);
        Cell b = new Cell("main", 1L << 33, 'C', true);
        Cell c = new Cell(null, -7, 'x', false);
        System.out.println(a + " " + a.hashCode() + " " + a.equals(b) + " " + (a == b) + " " + a.equals(c));
        System.out.println(c + " " + c.hashCode() + " " + c.equals(null) + " " + c.equals("text"));
        System.out.println(new Empty() + " " + new Empty().hashCode() + " " + new Empty().equals(new Empty()));
        Wrapper w = new Wrapper(new Point(3, 4), "w");
        System.out.println(w + " " + w.hashCode() + " " + w.p().x() + " " + w.equals(new Wrapper(new Point(3, 4), "w")));
        Map<Wrapper, Integer> counts = new HashMap<>();
        for (int i = 0; i < 30; i++) counts.merge(new Wrapper(new Point(i % 3, i % 4), "k" + (i % 2)), 1, Integer::sum);
        System.out.println(counts);
    }
}
