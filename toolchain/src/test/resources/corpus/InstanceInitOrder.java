public class InstanceInitOrder {
    static StringBuilder log = new StringBuilder();

    static int log(String s, int v) { log.append(s).append(':').append(v).append(' '); return v; }

    static class Base {
        int x = log("Base.x", 1);
        { log("Base.block", x); }
        Base() {
            log("Base()", x);
            init();
        }
        Base(int y) {
            this();
            x += y;
            log("Base(int)", x);
        }
        void init() { log("Base.init", x); }
    }

    static class Derived extends Base {
        int y = log("Derived.y", 5);
        final int z;
        { log("Derived.block", y); }
        Derived() {
            super(10);
            z = y + x;
            log("Derived()", z);
        }
        void init() { log("Derived.init(y before init)", y); }
    }

    static class Point {
        int px, py;
        Point() { this(1, 2); }
        Point(int px, int py) { this.px = px; this.py = py; }
        Point plus(Point o) { return new Point(px + o.px, py + o.py); }
        public String toString() { return "(" + px + "," + py + ")"; }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println(log);
        System.out.println(d.x + " " + d.y + " " + d.z);
        log.setLength(0);
        new Base();
        System.out.println(log);
        Point p = new Point();
        for (int i = 0; i < 10; i++) p = p.plus(new Point(i, -i * 2));
        System.out.println(p + " " + new Point() + new Point(-3, 4));
    }
}
