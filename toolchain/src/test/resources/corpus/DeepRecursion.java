public class DeepRecursion {
    static int depthSum(int n, long a, long b, int c) {
        if (n == 0) return (int) (a ^ b) + c;
        int local1 = n * 3, local2 = n ^ c;
        long local3 = a + b * n;
        int r = depthSum(n - 1, local3, a, local1 - local2);
        return r + (int) (local3 % 7) - local2 + local1 % 5;
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static long countPaths(int r, int c, long[][] memo) {
        if (r == 0 || c == 0) return 1;
        if (memo[r][c] != 0) return memo[r][c];
        return memo[r][c] = countPaths(r - 1, c, memo) + countPaths(r, c - 1, memo);
    }

    public static void main(String[] args) {
        System.out.println(depthSum(10, 1, 2, 3));
        System.out.println(depthSum(20000, 5, 7, 11));
        System.out.println(isEven(30000) + " " + isOdd(30001) + " " + isEven(12345));
        System.out.println(countPaths(16, 16, new long[17][17]) + " " + countPaths(30, 30, new long[31][31]));
    }
}
