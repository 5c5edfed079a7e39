/**
 * Deep operand stacks under register pressure: many live locals push computed stack entries to frame slots,
 * with conditional expressions (branches with a non-empty stack), calls with stack arguments and array
 * reads in between.
 */
public class DeepStacks {
    static int mix(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
        return a * 3 + b * 5 - c * 7 + (d ^ e) - (f | g) + (h & i) * 11 + j;
    }

    static long wide(long a, int b, long c, int d, long e, int f, long g, int h, long i) {
        return a * 31 + b - c * 17 + d + (e >>> 3) + f * g - h + (i ^ 0x5555L);
    }

    static int pick(int x) {
        return x % 3;
    }

    static long pressure(int n) {
        int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, p = 9, q = 10, r = 11, s = 12;
        int[] arr = new int[n];
        long acc = 0;
        for (int i = 0; i < n; i++) {
            arr[i] = (a + b * (c - d * (e + f * (g - h * (p + q * (r - s * i)))))) ^ (i > 3 ? i * 5 : -i);
            acc += mix(arr[i], a + i, b * i, c - i, d ^ i, e | i, f & i, (g > i ? h : p) + q, r * (s + i), i % 5 == 0 ? arr[0] : arr[i / 2]);
            acc ^= wide(acc, a, (long) b * i, c, acc >>> 7, d, (long) e * f, g, acc + h);
            acc += (pick(i) == 0 ? arr[i] : pick(i) == 1 ? arr[i] * 2 : arr[i] * 3) + (i < 2 ? 100 : arr[i - 2] + arr[i - 1] * (p + q));
            a += b; b ^= c; c -= d; d += e; e ^= f; f += g; g -= h; h += p; p ^= q; q += r; r -= s; s += 1;
        }
        return acc;
    }

    static String describe(int k, String name, long v) {
        return name + "#" + k + "=" + (v > 0 ? "+" + v : v < 0 ? "-" + (-v) : "0") + (k % 2 == 0 ? "" : "!");
    }

    public static void main(String[] args) {
        System.out.println("pressure " + pressure(12));
        long total = 0;
        for (int k = 0; k < 6; k++) {
            String s = describe(k, "item" + (k * 7), pressure(k + 1) - 1000 * k);
            total += s.length() * (k + 1) + s.charAt(s.length() - 1);
            System.out.println(s);
        }
        System.out.println("total " + total);
    }
}
