/** Narrowing conversions whose result is stored narrowly or narrowed again: only the kept bits may matter. */
public class NarrowingChains {
    static final class Holder {
        byte b;
        short s;
        char c;
        int i;
        long l;
    }

    static byte sb;
    static char sc;

    public static void main(String[] args) {
        byte[] bytes = new byte[8];
        short[] shorts = new short[8];
        char[] chars = new char[8];
        int[] ints = new int[8];
        Holder h = new Holder();
        long acc = 0;
        for (int k = 0; k < 8; k++) {
            long big = 0x1234_5678_9ABC_DEF0L * (k + 1) - k;
            int mid = (int) (big >>> 7);
            bytes[k] = (byte) mid;
            shorts[k] = (short) (char) mid;
            chars[k] = (char) (short) (mid >> 3);
            ints[k] = (int) big;
            h.b = (byte) (short) mid;
            h.s = (short) big;
            h.c = (char) (byte) big;
            h.i = (int) (big * 3);
            h.l = (long) (int) big;
            sb = (byte) (char) (mid ^ 0x80);
            sc = (char) (int) (big >> 40);
            acc = acc * 31 + bytes[k] + shorts[k] + chars[k] + ints[k] + h.b + h.s + h.c + h.i + h.l + sb + sc;
            acc += (byte) (int) big + (short) (byte) mid + (char) (long) mid;
        }
        System.out.println("acc " + acc);
    }
}
