/** Table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of SIZE pseudo-random bytes, 3 passes. */
public class Crc32 {
    static final int SIZE = 400000;

    static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            t[n] = c;
        }
        return t;
    }

    public static void main(String[] args) {
        byte[] data = new byte[SIZE];
        int seed = 1;
        for (int i = 0; i < SIZE; i++) {
            seed = seed * 1664525 + 1013904223;
            data[i] = (byte) (seed >>> 24);
        }
        int[] t = table();
        long combined = 0;
        for (int pass = 0; pass < 3; pass++) {
            int crc = 0xFFFFFFFF;
            for (int i = 0; i < SIZE; i++) crc = t[(crc ^ data[i]) & 0xFF] ^ (crc >>> 8);
            crc = ~crc;
            combined = combined * 1000003 + (crc & 0xFFFFFFFFL);
            data[pass] ^= (byte) crc;
        }
        System.out.println("crc32 " + SIZE + " bytes: " + combined);
    }
}
