public class Fibonacci {
    static int naive(int n) { return n < 2 ? n : naive(n - 1) + naive(n - 2); }

    static long[] memo = new long[93];

    static long memoized(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = memoized(n - 1) + memoized(n - 2);
    }

    static long iterative(int n) {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; }
        return a;
    }

    static long[][] mul(long[][] x, long[][] y, long mod) {
        long[][] r = new long[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++) r[i][j] = (r[i][j] + x[i][k] * y[k][j]) % mod;
        return r;
    }

    static long matrixFib(long n, long mod) {
        long[][] result = {{1, 0}, {0, 1}}, base = {{1, 1}, {1, 0}};
        while (n > 0) {
            if ((n & 1) != 0) result = mul(result, base, mod);
            base = mul(base, base, mod);
            n >>= 1;
        }
        return result[0][1];
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 25; i++) sb.append(naive(i)).append(' ');
        System.out.println(sb);
        System.out.println(memoized(92) + " " + iterative(92) + " " + iterative(93) + " " + (memoized(50) == iterative(50)));
        System.out.println(matrixFib(10, 1000000007L) + " " + matrixFib(1000000000000L, 1000000007L) + " " + matrixFib(90, Long.MAX_VALUE));
        System.out.println(naive(27));
    }
}
