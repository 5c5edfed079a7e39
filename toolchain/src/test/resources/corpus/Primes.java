public class Primes {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++)
            if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }

    static boolean millerRabin(long n) {
        if (n < 2) return false;
        long[] bases = {2, 3, 5, 7, 11, 13, 17};
        for (long p : bases) if (n % p == 0) return n == p;
        long d = n - 1;
        int r = 0;
        while ((d & 1) == 0) { d >>= 1; r++; }
        for (long a : bases) {
            long x = powMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            boolean composite = true;
            for (int i = 1; i < r && composite; i++) {
                x = mulMod(x, x, n);
                if (x == n - 1) composite = false;
            }
            if (composite) return false;
        }
        return true;
    }

    static long mulMod(long a, long b, long m) {
        long result = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) != 0) { result += a; if (result >= m) result -= m; }
            a <<= 1;
            if (a >= m) a -= m;
            b >>= 1;
        }
        return result;
    }

    static long powMod(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) != 0) r = mulMod(r, b, m);
            b = mulMod(b, b, m);
            e >>= 1;
        }
        return r;
    }

    public static void main(String[] args) {
        boolean[] c = sieve(200000);
        int count = 0;
        long sum = 0;
        int last = 0, maxGap = 0;
        for (int i = 2; i < c.length; i++) {
            if (!c[i]) {
                count++;
                sum += i;
                if (last > 0 && i - last > maxGap) maxGap = i - last;
                last = i;
            }
        }
        System.out.println("count=" + count + " sum=" + sum + " largest=" + last + " maxGap=" + maxGap);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) if (!c[i]) sb.append(i).append(' ');
        System.out.println(sb);
        long[] candidates = {1000000007L, 1000000009L, 998244353L, 561L, 4294967291L, 4294967297L, 2305843009213693951L, 1L << 40};
        sb.setLength(0);
        for (long n : candidates) sb.append(n).append(millerRabin(n) ? " prime, " : " composite, ");
        System.out.println(sb);
    }
}
