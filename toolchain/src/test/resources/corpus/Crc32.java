public class Crc32 {
    static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            TABLE[n] = c;
        }
    }

    static int crc(byte[] data) {
        int c = 0xffffffff;
        for (byte b : data) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static long fnv1a64(byte[] data) {
        long h = 0xcbf29ce484222325L;
        for (byte x : data) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    public static void main(String[] args) {
        String[] inputs = {"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"};
        for (String s : inputs) {
            byte[] b = ascii(s);
            System.out.println("'" + s + "' crc32=" + Integer.toHexString(crc(b)) + " adler32=" + Integer.toHexString(adler32(b)) + " fnv=" + Long.toHexString(fnv1a64(b)));
        }
        byte[] big = new byte[100000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + (i >> 8));
        System.out.println(crc(big) + " " + adler32(big) + " " + fnv1a64(big));
        System.out.println(TABLE[1] + " " + TABLE[128] + " " + TABLE[255]);
    }
}
