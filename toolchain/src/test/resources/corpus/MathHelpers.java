public class MathHelpers {
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

    static long modPow(long base, long exp, long mod) {
        long result = 1;
        base %= mod;
        while (exp > 0) {
            if ((exp & 1) == 1) result = result * base % mod;
            base = base * base % mod;
            exp >>= 1;
        }
        return result;
    }

    static int isqrt(int n) {
        int x = 0;
        while ((long) (x + 1) * (x + 1) <= n) x++;
        return x;
    }

    public static void main(String[] args) {
        int[] vs = {-7, 0, 3, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int a : vs) {
            StringBuilder sb = new StringBuilder();
            for (int b : vs) {
                sb.append(Math.max(a, b)).append(' ').append(Math.min(a, b)).append(' ');
                sb.append(Integer.max(a, b)).append(' ').append(Integer.sum(a, b)).append(' ');
                if (b != 0) sb.append(Math.floorDiv(a, b)).append(' ').append(Math.floorMod(a, b)).append(' ');
            }
            System.out.println(sb);
        }
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.max(3L, -4L) + " " + Math.min(3L, -4L));
        System.out.println(Math.addExact(1000000, 2000000) + " " + Math.multiplyExact(46340, 46340) + " " + Math.subtractExact(-5, 7)
            + " " + Math.negateExact(9) + " " + Math.toIntExact(123456789L) + " " + Math.addExact(1L << 40, 5L));
        System.out.println(gcd(1071, 462) + " " + gcd(2 * 3 * 5 * 7 * 11 * 13, 7 * 11 * 17) + " " + gcd(17, 0));
        System.out.println(modPow(2, 100, 1000000007L) + " " + modPow(3, 1000000006L, 1000000007L) + " " + modPow(7, 123456789, 998244353L));
        System.out.println(isqrt(0) + " " + isqrt(99) + " " + isqrt(100) + " " + isqrt(1 << 30) + " " + isqrt(Integer.MAX_VALUE));
        System.out.println(Long.max(5, 9) + " " + Long.min(5, 9) + " " + Long.sum(1L << 62, 1L << 62) + " " + Long.compare(-1, 1) + " " + Integer.signum(-99));
    }
}
