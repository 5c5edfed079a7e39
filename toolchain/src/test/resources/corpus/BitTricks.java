public class BitTricks {
    static int reverse(int x) {
        int r = 0;
        for (int i = 0; i < 32; i++) {
            r = (r << 1) | (x & 1);
            x >>>= 1;
        }
        return r;
    }

    static int leadingZeros(int x) {
        if (x == 0) return 32;
        int n = 0;
        while ((x & 0x80000000) == 0) { n++; x <<= 1; }
        return n;
    }

    static int popSwar(int x) {
        x = x - ((x >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        x = (x + (x >>> 4)) & 0x0f0f0f0f;
        return (x * 0x01010101) >>> 24;
    }

    static boolean powerOfTwo(long x) { return x > 0 && (x & (x - 1)) == 0; }

    public static void main(String[] args) {
        int[] vs = {0, 1, -1, 6, 0x80000000, 0x7fffffff, 0x12345678, 0xdeadbeef, 1024, -1024};
        for (int v : vs) {
            System.out.println(v + " bits=" + Integer.bitCount(v) + "/" + popSwar(v) + " clz=" + leadingZeros(v)
                + " rev=" + reverse(v) + " low=" + (v & -v) + " clear=" + (v & (v - 1)) + " sign=" + Integer.signum(v)
                + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v));
            System.out.println("  bin=" + Integer.toBinaryString(v) + " abs=" + Math.abs(v) + " pow2=" + powerOfTwo(v));
        }
        long[] ls = {0L, -1L, 0x8000000000000000L, 0x0123456789abcdefL, 1L << 40};
        for (long v : ls) {
            System.out.println(v + " hex=" + Long.toHexString(v) + " bin=" + Long.toBinaryString(v) + " pow2=" + powerOfTwo(v)
                + " sign=" + Long.signum(v));
        }
        int a = 0x0f0f, b = 0x00ff;
        a ^= b; b ^= a; a ^= b;
        System.out.println(Integer.toHexString(a) + " " + Integer.toHexString(b));
        int gray = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            gray = i ^ (i >> 1);
            sb.append(gray).append(',');
        }
        System.out.println(sb);
        int mask = 0;
        for (int i = 0; i < 32; i += 3) mask |= 1 << i;
        System.out.println(mask + " " + Integer.bitCount(mask) + " " + (mask >>> 1 & ~mask));
        long lm = 0;
        for (int i = 0; i < 64; i += 5) lm |= 1L << i;
        System.out.println(lm + " " + (lm >>> 33) + " " + (~lm));
    }
}
