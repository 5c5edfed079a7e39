/**
 * Calls to tiny static methods (the compiler may inline them): argument evaluation order and side effects,
 * nested calls, long arguments, a helper with a loop, and class initialisation triggered by the first call.
 */
public class InlinedHelpers {
    static final class Lazy {
        static int calls;
        static final int BASE;

        static {
            System.out.println("Lazy initialised");
            BASE = 1000;
        }

        static int plusOne(int x) {
            return x + 1;
        }
    }

    static int sq(int x) {
        return x * x;
    }

    static long mix(long a, int b, long c) {
        return (a ^ c) + b;
    }

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    static int bits(int x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    static void nothing(int x) {
    }

    static long pick(int a, long b, char c, byte d, short e, int f, long g, boolean h, long m, int n) {
        return h ? d + n : g - c;
    }

    /** More tiny calls than the compiler inlines into one method (its frame must stay small). */
    static long manyCalls(int x) {
        long s = 0;
        for (int k = 0; k < 3; k++) {
            s += pick(x, s, 'a', (byte) k, (short) 7, x, 5L, true, s, k) + pick(x, s, 'b', (byte) x, (short) 8, k, 6L, false, s, x);
            s += pick(k, s, 'c', (byte) 1, (short) 9, x, 7L, k > 1, s, 2) + pick(x, s, 'd', (byte) 2, (short) 1, x, 8L, true, s, k);
            s += pick(x, s, 'e', (byte) 3, (short) 2, k, 9L, false, s, x) + pick(k, s, 'f', (byte) 4, (short) 3, x, 1L, true, s, 3);
        }
        s += pick(x, s, 'g', (byte) 5, (short) 4, x, 2L, false, s, x) + pick(x, s, 'h', (byte) 6, (short) 5, x, 3L, true, s, x);
        s += pick(x, s, 'i', (byte) 7, (short) 6, x, 4L, false, s, x) + pick(x, s, 'j', (byte) 8, (short) 7, x, 5L, true, s, x);
        s += pick(x, s, 'k', (byte) 9, (short) 8, x, 6L, false, s, x) + pick(x, s, 'l', (byte) 10, (short) 9, x, 7L, true, s, x);
        return s;
    }

    public static void main(String[] args) {
        int i = 3;
        int a = Math.max(i++, i++);
        int b = Math.min(++i, i * 2);
        System.out.println("max/min " + a + " " + b + " " + i);
        System.out.println("nested " + Math.max(sq(i), Math.max(sq(-5), Math.abs(-30))));
        long m = mix(0x1234_5678_9ABCL, -7, Long.MIN_VALUE);
        System.out.println("mix " + m + " " + Math.abs(m) + " " + Math.max(m, -m));
        int total = 0;
        for (int k = -20; k < 40; k += 3) total += clamp(k, 0, 25) * bits(k & 0xFF) + sq(k % 7);
        nothing(total);
        System.out.println("manyCalls " + manyCalls(total));
        System.out.println("total " + total);
        System.out.println("before Lazy");
        System.out.println("plusOne " + Lazy.plusOne(41) + " " + Lazy.BASE);
    }
}
