public class Shifts {
    static int[] COUNTS = {0, 1, 5, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
    static int[] INTS = {1, -1, 0x80000000, 0x7fffffff, 0x12345678, -0x12345678, 0xff};
    static long[] LONGS = {1L, -1L, 0x8000000000000000L, 0x7fffffffffffffffL, 0x123456789abcdef0L, 0xffL};

    public static void main(String[] args) {
        for (int v : INTS) {
            StringBuilder sb = new StringBuilder();
            for (int c : COUNTS) sb.append(v << c).append(' ').append(v >> c).append(' ').append(v >>> c).append(';');
            System.out.println(sb);
        }
        for (long v : LONGS) {
            StringBuilder sb = new StringBuilder();
            for (int c : COUNTS) sb.append(v << c).append(' ').append(v >> c).append(' ').append(v >>> c).append(';');
            System.out.println(sb);
        }
        long lc = 65L;
        int iv = 3;
        System.out.println((iv << lc) + " " + (iv << (lc + 32)) + " " + (-iv >>> lc));
        byte b = -8;
        short s = -300;
        char ch = '\uffff';
        System.out.println((b >> 1) + " " + (b >>> 1) + " " + (b >>> 28) + " " + (s >>> 20) + " " + (ch >> 4) + " " + (ch << 20));
        b >>= 1;
        System.out.println(b);
        b >>>= 1;
        System.out.println(b);
        s <<= 9;
        System.out.println(s);
        ch >>>= 3;
        System.out.println((int) ch);
        ch <<= 7;
        System.out.println((int) ch);
        int x = 1;
        for (int i = 0; i < 40; i++) x = (x << 3) ^ (x >>> 5) ^ i;
        System.out.println(x);
        long y = 1;
        for (int i = 0; i < 80; i++) y = (y << 7) ^ (y >>> 11) ^ (y >> 13) ^ i;
        System.out.println(y);
    }
}
