// A random program (ProgramGenerator, seed 120308215079293), reduced. It once jumped to pc 0: in the rotated
// do-while loop the body block starts with a call (Collections.sort) and is laid out before the preheader that
// defines the loop-invariant values (a static address, constants 3 and 16) its condition reads; the allocator took
// those values, live into the block at the call's own position, as not crossing it and gave them caller-saved
// registers, which the call clobbered. The many values live across the loop fill the callee-saved registers.
public class RegressionLiveAcrossLeadingCall {
    static final long[] V = {0L, 1L, (-1L), 2L, (-2L), 3L, 7L, 8L, 15L, 16L, 31L, 32L, 33L, 63L, 64L, 65L, 127L, 128L, (-128L), (-129L), 255L, 256L, 32767L, 32768L, (-32768L), 65535L, 65536L, 2147483647L, (-2147483648L), 4294967295L, 4294967296L, 9223372036854775807L, Long.MIN_VALUE, 6148914691236517205L, 1000000007L, (-1000L), (-23536725292L), 371L, (-66804053077828559L), 65L, 168546740527621405L, 275L};
    static int si;
    static long sl;
    static char sc;
    static byte sb;
    static short ss;
    static boolean sz;

    static final class Cell {
        int i;
        long l;
        char c;
        short s;
        byte b;
        boolean z;
    }

    static long g5(int a, long b, char c, byte d, short e, int f, long g, boolean h, long m, int n) {
        return 16L;
    }

    static long f5(byte b0, short s0, char c0, int i0, long l0) {
        long acc = l0 ^ i0;
        Cell o = new Cell();
        o.i = i0 ^ 0x5a5a; o.l = l0 - 17; o.c = (char) (c0 + 1); o.s = (short) (s0 - 1); o.b = (byte) (b0 ^ 0x40);
        si = s0 * 3; sl = ~l0; sc = c0; sb = b0; ss = s0; sz = i0 < 0;
        int i1 = (((char) ((long) o.c)) ^ (o.b++));
        long l2 = (-2147483648L);
        byte b3 = sb;
        short s4 = (((sz ? o.i : sb) <= ((byte) (-1235755998))) ? (b3++) : ((short) 204));
        char c5 = ((char) (false ? o.b : sb));
        boolean z6 = (189933817629L < (++s4));
        int i7 = ((byte) 32);
        long l8 = (((short) (((char) 63) % (o.i == 0 ? 3 : o.i))) / (i1 == 0 ? 3 : i1));
        long l9 = c5;
        int i10 = ((int) ((o.z ? o.c : c5) + b3));
        char c11 = (c5 %= (-1));
        long l12 = g5((--sb), (128L & sb), (sz ? ((char) 21845) : c5), (sz ? o.b : ((byte) 127)), ((short) sc), (-si), (((byte) 0) ^ ((char) 43747)), (c0 != ((char) 256)), (sl >>> c5), ((int) g5(o.c, 1695745592L, c5, o.b, ((short) (-32768)), (-455566572), c5, z6, c5, s4)));
        short[] as0 = new short[8];
        for (int q = 0; q < 8; q++) as0[q] = (short) (l0 * (q + 2) + i0 - q);
        long[] al1 = new long[8];
        for (int q = 0; q < 8; q++) al1[q] = (long) (l0 * (q + 3) + i0 - q);
        java.util.ArrayList<Long> list = new java.util.ArrayList<>();
        java.util.HashMap<Integer, Long> map = new java.util.HashMap<>();
        {
            int w0 = 0;
            do {
                java.util.Collections.sort(list);
                w0++;
            } while (w0 < 3 && (((int) g5(i1, 2147483647L, c5, o.b, ss, s4, 33L, sz, l2, sc)) > (c11 * o.b)));
        }
        long r = acc;
        r = r * 31 + b0;
        r = r * 31 + s0;
        r = r * 31 + c0;
        r = r * 31 + i0;
        r = r * 31 + l0;
        r = r * 31 + o.i;
        r = r * 31 + o.l;
        r = r * 31 + o.c;
        r = r * 31 + o.s;
        r = r * 31 + o.b;
        r = r * 31 + (o.z ? 1 : 2);
        r = r * 31 + si;
        r = r * 31 + sl;
        r = r * 31 + sc;
        r = r * 31 + sb;
        r = r * 31 + ss;
        r = r * 31 + (sz ? 1 : 2);
        r = r * 31 + i1;
        r = r * 31 + l2;
        r = r * 31 + b3;
        r = r * 31 + s4;
        r = r * 31 + c5;
        r = r * 31 + (z6 ? 1 : 2);
        r = r * 31 + i7;
        r = r * 31 + l8;
        r = r * 31 + l9;
        r = r * 31 + i10;
        r = r * 31 + c11;
        r = r * 31 + l12;
        for (int q = 0; q < 8; q++) r = r * 31 + as0[q];
        for (int q = 0; q < 8; q++) r = r * 31 + al1[q];
        r = r * 31 + list.hashCode();
        for (java.util.Map.Entry<Integer, Long> en : map.entrySet()) r = r * 31 + en.getKey() * 7L + en.getValue();
        return r;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 42; k++) {
            long a = V[k], b = V[(k * 7 + 3) % V.length];
            System.out.println("f5 " + k + " " + f5((byte) a, (short) b, (char) (a >>> 3), (int) b, a ^ b));
        }
    }
}
