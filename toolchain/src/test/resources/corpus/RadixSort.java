public class RadixSort {
    static void radix(int[] a) {
        int[] out = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int[] count = new int[257];
            for (int v : a) count[((v >>> shift) & 0xff ^ (shift == 24 ? 0x80 : 0)) + 1]++;
            for (int i = 0; i < 256; i++) count[i + 1] += count[i];
            for (int v : a) out[count[(v >>> shift) & 0xff ^ (shift == 24 ? 0x80 : 0)]++] = v;
            System.arraycopy(out, 0, a, 0, a.length);
        }
    }

    static int[] counting(byte[] b) {
        int[] counts = new int[256];
        for (byte x : b) counts[x + 128]++;
        return counts;
    }

    public static void main(String[] args) {
        int[] a = new int[2500];
        long s = 42;
        for (int i = 0; i < a.length; i++) {
            s = s * 25214903917L + 11;
            a[i] = (int) (s >>> 16);
        }
        radix(a);
        boolean sorted = true;
        long h = 0;
        for (int i = 0; i < a.length; i++) {
            if (i > 0 && a[i - 1] > a[i]) sorted = false;
            h = 31 * h + a[i];
        }
        System.out.println(sorted + " " + h + " " + a[0] + " " + a[a.length - 1]);
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * i);
        int[] c = counting(bytes);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 256; i += 16) sb.append(i - 128).append('=').append(c[i]).append(' ');
        System.out.println(sb);
    }
}
