public class EarlyReturns {
    static boolean enabled;
    static int hits;
    int field;

    EarlyReturns(int field) { this.field = field; }

    static int helper(int x) {
        if (x > 1000) System.out.println("big " + x); // a call: helper stays a call, its callers have frames
        return x * 3 + 1;
    }

    static void trace(int a, int b) {
        if (!enabled) return;
        hits += helper(a) + helper(b);
    }

    static int firstOrZero(int[] xs, int k) {
        if (k < 0) return 0;
        return xs[k] + helper(k);
    }

    static int pick(int a, int b, int c) {
        if (a > b) return c;
        return helper(a) + helper(b) + c;
    }

    static long shifted(long v, int s) {
        long w = v << s;
        if (w == 0) return w;
        return w + helper(s);
    }

    int get(int d) {
        if (field == d) return -1;
        return helper(field) + d;
    }

    static int depth(int n) {
        if (n <= 0) return n;
        return depth(n - 1) + 1;
    }

    static int nine(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
        if (i == 0) return a;
        return nine(a + 1, b, c, d, e, f, g, h, i - 1) + h;
    }

    static int swapped(int a, int b) {
        int t = b - a;
        if (t == 5) return t;
        return helper(b) - helper(a) + t;
    }

    public static void main(String[] args) {
        int[] xs = {4, 8, 15, 16, 23, 42};
        long sum = 0;
        for (int i = -3; i < xs.length; i++) {
            enabled = i % 2 == 0;
            trace(i, -i);
            sum += firstOrZero(xs, i) + pick(i, 1, 100 + i) + shifted(i, i & 3) + swapped(i, i + 5) + swapped(i, 2 * i);
            EarlyReturns e = new EarlyReturns(i % 3);
            sum = sum * 31 + e.get(1) + depth(i) + nine(i, 1, 2, 3, 4, 5, 6, 7, i & 3);
            System.out.println(i + ": " + sum + " hits " + hits);
        }
        try {
            firstOrZero(xs, 6);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
