// mkplay-heap: 524288
/** Arrays from 0 to 12 KiB, kept in a ring of 12 slots: small and large blocks mixed, free spans split and merged. */
public class GcArraySizes {
    public static void main(String[] args) {
        Object[] ring = new Object[12];
        long seed = 12345, check = 0;
        for (int i = 0; i < 24000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int kind = (int) ((seed >>> 33) % 4);
            int n = (int) ((seed >>> 40) % (kind == 0 ? 3000 : 300));
            Object a;
            if (kind == 0 || kind == 1) {
                int[] x = new int[n];
                for (int k = 0; k < n; k += 7) x[k] = i + k;
                a = x;
            } else if (kind == 2) {
                byte[] x = new byte[n];
                if (n > 0) x[n - 1] = (byte) i;
                a = x;
            } else {
                long[] x = new long[n / 4];
                if (x.length > 0) x[0] = i;
                a = x;
            }
            Object old = ring[i % 12];
            if (old instanceof int[] p) { for (int k = 0; k < p.length; k += 7) check += p[k]; }
            else if (old instanceof byte[] p) { if (p.length > 0) check += p[p.length - 1]; }
            else if (old instanceof long[] p) { if (p.length > 0) check += p[0]; }
            ring[i % 12] = a;
        }
        System.out.println("check " + check);
    }
}
