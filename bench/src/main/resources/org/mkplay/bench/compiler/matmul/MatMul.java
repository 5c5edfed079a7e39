/** Product of two SIZE x SIZE int matrices filled by a linear congruential generator; a hash of the result. */
public class MatMul {
    static final int SIZE = 100;
    static int seed = 42;

    static int next() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 16) % 100 - 50;
    }

    static int[][] random(int n) {
        int[][] m = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) m[i][j] = next();
        }
        return m;
    }

    public static void main(String[] args) {
        int n = SIZE;
        int[][] a = random(n), b = random(n), c = new int[n][n];
        for (int i = 0; i < n; i++) {
            int[] ci = c[i], ai = a[i];
            for (int k = 0; k < n; k++) {
                int aik = ai[k];
                int[] bk = b[k];
                for (int j = 0; j < n; j++) ci[j] += aik * bk[j];
            }
        }
        long hash = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) hash = hash * 31 + c[i][j];
        }
        System.out.println("matmul " + n + "x" + n + ": hash " + hash);
    }
}
