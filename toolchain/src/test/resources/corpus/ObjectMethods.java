public class ObjectMethods {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        public int hashCode() { return 31 * x + y; }
        public String toString() { return "Point(" + x + "," + y + ")"; }
    }

    static class Named {
        final String name;
        Named(String name) { this.name = name; }
        public String toString() { return "Named:" + name; }
    }

    static final class Special extends Named {
        Special(String name) { super(name); }
        public String toString() { return "Special<" + super.toString() + ">"; }
    }

    static int indexOf(Object[] items, Object target) {
        for (int i = 0; i < items.length; i++) if (items[i].equals(target)) return i;
        return -1;
    }

    public static void main(String[] args) {
        Object[] things = {new Point(1, 2), "text", new Named("n"), new Special("s"), new Point(3, 4), new StringBuilder("sb")};
        StringBuilder sb = new StringBuilder();
        for (Object o : things) sb.append(o.toString()).append(" | ");
        System.out.println(sb);
        System.out.println(indexOf(things, new Point(3, 4)) + " " + indexOf(things, "text") + " " + indexOf(things, new Point(9, 9))
            + " " + indexOf(things, things[2]) + " " + indexOf(things, new Named("n")));
        Object p = new Point(5, 6);
        System.out.println(p.hashCode() + " " + p.equals(new Point(5, 6)) + " " + p.equals(null) + " " + p.equals("Point(5,6)") + " " + p);
        System.out.println("text".hashCode() + " " + "text".equals(things[1]) + " " + ((Object) "text").toString() + " " + String.valueOf(things[3]));
        Named n = new Special("x");
        Object o = n;
        System.out.println(n + " " + o + " " + n.name + " " + (o instanceof Special));
        int[] buckets = new int[8];
        for (int x = 0; x < 20; x++) for (int y = 0; y < 20; y++) buckets[new Point(x, y).hashCode() & 7]++;
        sb.setLength(0);
        for (int b : buckets) sb.append(b).append(' ');
        System.out.println(sb);
        Object same = new Object();
        System.out.println(same.equals(same) + " " + same.equals(new Object()) + " " + (same.hashCode() == same.hashCode()));
    }
}
