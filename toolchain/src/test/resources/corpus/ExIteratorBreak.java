import java.util.Iterator;

public class ExIteratorBreak {
    static class Range implements Iterable<Integer> {
        final int from, to;
        int opened, closed;
        Range(int from, int to) { this.from = from; this.to = to; }
        public Iterator<Integer> iterator() {
            opened++;
            return new Iterator<Integer>() {
                int next = from;
                public boolean hasNext() {
                    if (next == 13) throw new IllegalStateException("unlucky");
                    return next < to;
                }
                public Integer next() { return next++; }
            };
        }
    }

    static int sumUntil(Range r, int limit) {
        int sum = 0;
        try {
            for (int v : r) {
                if (v > limit) break;
                if (v % 2 == 0) continue;
                sum += v;
            }
        } catch (IllegalStateException e) {
            sum = -sum;
        } finally {
            r.closed++;
        }
        return sum;
    }

    public static void main(String[] args) {
        Range r = new Range(1, 20);
        System.out.println(sumUntil(r, 5));
        System.out.println(sumUntil(r, 12));
        System.out.println(sumUntil(r, 15));
        System.out.println(sumUntil(new Range(14, 18), 100));
        System.out.println(r.opened + " " + r.closed);
    }
}
