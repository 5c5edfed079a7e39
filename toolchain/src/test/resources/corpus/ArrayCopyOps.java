public class ArrayCopyOps {
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ",").append(a[i]);
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 5);
        System.out.println("right overlap " + show(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 4, b, 1, 6);
        System.out.println("left overlap " + show(b));
        int[] c = new int[4];
        System.arraycopy(b, 6, c, 0, 4);
        System.arraycopy(b, 0, c, 4, 0);
        System.out.println("plain " + show(c));
        long[] ls = {1L << 40, -1, 3};
        long[] ld = new long[5];
        System.arraycopy(ls, 0, ld, 2, 3);
        System.out.println(ld[0] + " " + ld[2] + " " + ld[3] + " " + ld[4]);
        char[] cs = "hello world".toCharArray();
        char[] cd = new char[5];
        System.arraycopy(cs, 6, cd, 0, 5);
        System.out.println(new String(cd) + " " + new String(cs, 0, 5) + " " + new String(new char[0]).length() + new String("copy"));
        byte[] bs = {-1, -2, -3};
        byte[] bd = new byte[3];
        System.arraycopy(bs, 1, bd, 0, 2);
        short[] ss = {300, -300};
        short[] sd = new short[2];
        System.arraycopy(ss, 0, sd, 0, 2);
        boolean[] zs = {true, false, true};
        boolean[] zd = new boolean[3];
        System.arraycopy(zs, 1, zd, 1, 2);
        System.out.println(bd[0] + " " + bd[1] + " " + bd[2] + " " + sd[0] + " " + sd[1] + " " + zd[0] + zd[1] + zd[2]);
        String[] words = {"a", "b", "c", "d"};
        Object[] objects = new Object[4];
        System.arraycopy(words, 1, objects, 0, 3);
        System.arraycopy(objects, 0, objects, 1, 3);
        System.out.println(objects[0] + " " + objects[1] + " " + objects[2] + " " + objects[3]);
        int[] grow = new int[1];
        for (int i = 0; i < 100; i++) {
            if (i == grow.length) {
                int[] bigger = new int[grow.length * 2];
                System.arraycopy(grow, 0, bigger, 0, grow.length);
                grow = bigger;
            }
            grow[i] = i * i;
        }
        long sum = 0;
        for (int v : grow) sum = sum * 7 + v;
        System.out.println(grow.length + " " + sum);
        System.out.println("now out of range");
        System.arraycopy(a, 8, c, 0, 3);
        System.out.println("not reached");
    }
}
