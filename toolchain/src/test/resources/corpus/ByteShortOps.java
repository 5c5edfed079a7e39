public class ByteShortOps {
    public static void main(String[] args) {
        byte b = 0;
        int h = 0;
        for (int i = 0; i < 1000; i++) {
            b += 7;
            b ^= (byte) i;
            h = h * 31 + b;
        }
        System.out.println("bytes " + b + " " + h);
        short s = 1;
        for (int i = 0; i < 1000; i++) {
            s *= 3;
            s -= (short) (i * 17);
            h = h * 31 + s;
        }
        System.out.println("shorts " + s + " " + h);
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37 + 11);
        int signed = 0, unsigned = 0;
        for (byte x : data) {
            signed += x;
            unsigned += x & 0xff;
        }
        System.out.println(signed + " " + unsigned);
        short[] ss = new short[100];
        for (int i = 0; i < ss.length; i++) ss[i] = (short) (i * i * i * 11);
        long total = 0;
        for (short x : ss) total = total * 3 + x;
        System.out.println(total);
        byte m = Byte.MIN_VALUE;
        System.out.println(m + " " + -m + " " + (byte) -m + " " + (m - 1) + " " + (byte) (m - 1) + " " + Byte.MAX_VALUE);
        short n = Short.MIN_VALUE;
        System.out.println(n + " " + (short) -n + " " + (n / -1) + " " + (short) (n / -1) + " " + Short.MAX_VALUE);
        byte p = -1;
        p >>>= 4;
        System.out.println(p);
        short q = -1;
        q >>>= 10;
        System.out.println(q);
        byte r = 100;
        System.out.println(r++ + " " + r + " " + ++r + " " + (r += 30) + " " + r-- + " " + r);
        byte k = 5;
        k = (byte) -k;
        System.out.println(~k + " " + (byte) ~k + " " + (k & 0xf0) + " " + (k | 0x100) + " " + (k ^ -1));
    }
}
