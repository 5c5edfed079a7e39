public class InnerClasses {
    interface Counter { int next(); }
    interface Visitor { void visit(int value); }

    private int total;
    private final String name;

    InnerClasses(String name) { this.name = name; }

    class Accumulator {
        int count;
        void add(int v) { total += v; count++; }
        String describe() { return name + ": " + count + " values, total " + total; }
    }

    static class Static {
        static int created;
        final int id = ++created;
    }

    Counter counterFrom(int start, int step) {
        return new Counter() {
            int current = start - step;
            public int next() { current += step; total++; return current; }
        };
    }

    static void forEach(int[] values, Visitor v) {
        for (int x : values) v.visit(x);
    }

    int sumOfSquares(int[] values) {
        class Squares implements Visitor {
            int sum;
            public void visit(int value) { sum += value * value; total += 1000; }
        }
        Squares s = new Squares();
        forEach(values, s);
        return s.sum;
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outer");
        InnerClasses.Accumulator acc = outer.new Accumulator();
        for (int i = 1; i <= 10; i++) acc.add(i * i);
        System.out.println(acc.describe());
        Accumulator second = outer.new Accumulator();
        second.add(-5);
        System.out.println(second.describe() + " | " + acc.describe());
        Counter c = outer.counterFrom(10, 7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(c.next()).append(' ');
        System.out.println(sb + "total " + outer.total);
        System.out.println(outer.sumOfSquares(new int[] {1, 2, 3, 4}) + " total " + outer.total);
        Static a = new Static(), b = new Static();
        System.out.println(a.id + " " + b.id + " " + Static.created);
        final int[] hits = new int[1];
        forEach(new int[] {5, 6, 7}, new Visitor() {
            public void visit(int value) { hits[0] += value; }
        });
        System.out.println("hits " + hits[0]);
        InnerClasses other = new InnerClasses("other");
        Accumulator third = other.new Accumulator();
        third.add(99);
        System.out.println(third.describe() + " | " + acc.describe());
    }
}
