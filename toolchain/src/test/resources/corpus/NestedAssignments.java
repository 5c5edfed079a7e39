/**
 * Assignments used as values (javac duplicates the value on the operand stack) deep inside expressions:
 * array elements, fields and locals updated in call arguments, with narrowing and long shifts.
 */
public class NestedAssignments {
    static char sc = 7;
    static int si = 3;

    static final class Cell {
        int i;
        byte b;
        char c;
        long l;
    }

    static long sum(long a, long b, long c, long d, long e, long f) {
        return a * 3 + b * 5 + c * 7 + d * 11 + e * 13 + f * 17;
    }

    static long run(long seed, char c, byte b, short s) {
        long[] al = new long[8];
        int[] ai = new int[8];
        Cell o = new Cell();
        for (int q = 0; q < 8; q++) {
            al[q] = seed * (q + 2) - q;
            ai[q] = (int) seed ^ q;
        }
        long x = sum(al[1], ai[2], o.i = ai[3] + 1, al[4] <<= (c /= (sc == 0 ? 3 : sc)), ai[5] += (b -= 3), o.b = (byte) (s ^= 0x55));
        long y = sum(o.c = (char) (c + 1), al[(c & 7)] >>= (o.l = seed & 15), ai[6] *= (s *= -2), si -= b, o.c++, --o.b);
        int z = (ai[7] = (c += 5) * (si = b + s));
        // many live locals: the operand stack gets only t registers, and a copy made by dup a frame slot
        int p = b * 3, q = s + 7, r = c ^ 5, t = p + q, u = q - r, v = r * t, w = (int) (seed >>> 40);
        al[1] <<= (c /= (sc == 0 ? 3 : sc));
        ai[2] += (p -= (q == 0 ? 1 : q));
        al[3] >>>= (r ^= (t & 7));
        ai[4] ^= (w += u * v);
        long tail = p + q + r + t + u + v + w + al[1] + ai[2] + al[3] + ai[4];
        return x * 31 + y * 17 + z + c + b + s + o.i + o.b + o.c + o.l + si + al[4] + ai[5] + al[c & 7] + ai[6] + tail;
    }

    public static void main(String[] args) {
        long h = 0;
        for (int k = 0; k < 12; k++) {
            long r = run(k * 987654321L - 5, (char) (k * 999 + 1), (byte) (k * 37), (short) (k * 1000 - 3));
            h = h * 131 + r;
            System.out.println(k + " " + r);
        }
        System.out.println("hash " + h);
    }
}
