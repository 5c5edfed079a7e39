/** Constants used inside loops (compare bounds, multipliers, stored values, long masks), entered in several ways. */
public class LoopConstants {
    static final class Counter {
        int hits;
        long mark;
    }

    static int enteredAfterIf(int n, boolean skip) {
        int i = 0, acc = 0;
        if (skip) i = 500;
        while (i < 1000) {
            acc = acc * 1103515245 + 12345;
            i += n;
        }
        return acc;
    }

    static long nested(int n) {
        long h = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 300; j += 7) h = h * 1000003 + (j ^ 0xABCDE);
            h ^= 0x7FFF_FFFF_FFFFL;
        }
        for (int k = 0; k < 300; k += 11) h += k * 1000003;
        return h;
    }

    static int stores(int n) {
        int[] a = new int[n];
        byte[] b = new byte[n];
        Counter c = new Counter();
        for (int i = 0; i < n; i++) {
            a[i] = 77777;
            b[i] = -3;
            c.hits = 4096;
            c.mark = -5000000000L;
            if (i % 5 == 3) a[i] = -2049;
        }
        int s = 0;
        for (int i = 0; i < n; i++) s += a[i] + b[i];
        return s + c.hits + (int) c.mark;
    }

    static long longs(long x) {
        long acc = 0;
        for (long j = -3_000_000_000L; j < 3_000_000_000L; j += 700_000_001L) acc += (j & 0xFFFF_0000_FFFFL) ^ x;
        return acc;
    }

    static int switching(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            switch (i % 4) {
                case 0 -> acc += 100000;
                case 1 -> acc -= 99999;
                case 2 -> acc *= 3;
                default -> acc = acc / 7 + 100000;
            }
        }
        return acc + 100000;
    }

    public static void main(String[] args) {
        System.out.println("enteredAfterIf " + enteredAfterIf(3, false) + " " + enteredAfterIf(3, true));
        System.out.println("nested " + nested(5));
        System.out.println("stores " + stores(17));
        System.out.println("longs " + longs(12345));
        System.out.println("switching " + switching(23));
    }
}
