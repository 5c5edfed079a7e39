public class LongArith {
    static long[] VALUES = {0L, 1L, -1L, 3L, -3L, 1000000007L, -999999999999L, 4294967295L, 4294967296L,
        -4294967296L, 3037000500L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        Integer.MAX_VALUE, Integer.MIN_VALUE, 0x5555555555555555L, 0xAAAAAAAAAAAAAAAAL};

    static long mix(long h, long v) { return h * 1099511628211L ^ v; }

    public static void main(String[] args) {
        long h = 0xcbf29ce484222325L;
        for (long a : VALUES) {
            for (long b : VALUES) {
                h = mix(h, a + b);
                h = mix(h, a - b);
                h = mix(h, a * b);
                if (b != 0) {
                    h = mix(h, a / b);
                    h = mix(h, a % b);
                }
            }
        }
        System.out.println("checksum " + h);
        long min = VALUES[12], m1 = VALUES[2];
        System.out.println(min / m1);
        System.out.println(min % m1);
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(VALUES[11] + 1);
        System.out.println(VALUES[10] * VALUES[10]);
        System.out.println(VALUES[7] * VALUES[7]);
        int i = (int) VALUES[7];
        long widened = i;
        System.out.println(i + " " + widened + " " + (long) i * i + " " + (i * i));
        int big = Integer.MAX_VALUE;
        long wrong = big * 2;
        long right = big * 2L;
        System.out.println(wrong + " " + right);
        long acc = 1;
        for (int k = 0; k < 70; k++) {
            acc = acc * 3 + k;
            if (k % 10 == 9) System.out.println(k + ": " + acc);
        }
        System.out.println(-7L / 2 + " " + -7L % 2 + " " + VALUES[4] % 2 + " " + VALUES[5] % -1000L);
        long c = VALUES[11];
        c++;
        System.out.println(c);
        c -= 2;
        System.out.println(c);
        c <<= 1;
        System.out.println(c);
    }
}
