public class Narrowing {
    static long[] VALUES = {0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
        0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L, -0x80000001L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdefL};

    public static void main(String[] args) {
        for (long v : VALUES) {
            int i = (int) v;
            short s = (short) v;
            char c = (char) v;
            byte b = (byte) v;
            System.out.println(v + " -> int " + i + " short " + s + " char " + (int) c + " byte " + b
                + " | " + (short) c + " " + (char) b + 0 + " " + (byte) c + " " + (char) s + 0 + " " + (int) (char) b
                + " " + (long) (short) i + " " + (byte) (s >> 4));
        }
        byte b = 127;
        b++;
        System.out.println(b);
        b -= 1;
        System.out.println(b);
        b += 300;
        System.out.println(b);
        short s = 32767;
        s += 1;
        System.out.println(s);
        s *= 3;
        System.out.println(s);
        char c = 0;
        c--;
        System.out.println((int) c);
        c += 2;
        System.out.println((int) c);
        byte[] bs = new byte[4];
        bs[0] = (byte) 200;
        bs[1] += 129;
        bs[2]--;
        bs[3] = (byte) (bs[0] * bs[1]);
        System.out.println(bs[0] + " " + bs[1] + " " + bs[2] + " " + bs[3]);
        short[] ss = {(short) 40000, 1};
        ss[1] -= 2;
        ss[0] <<= 2;
        System.out.println(ss[0] + " " + ss[1]);
        char[] cs = {'a', (char) -1};
        cs[0] += 1;
        cs[1]++;
        System.out.println(cs[0] + " " + (int) cs[1]);
        int sum = 0;
        for (int i = -300; i < 300; i += 7) sum = sum * 3 + (byte) i + (short) (i * 1000) + (char) (i * 13);
        System.out.println(sum);
    }
}
