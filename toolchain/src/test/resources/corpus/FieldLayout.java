public class FieldLayout {
    static class Mixed {
        byte b;
        long l;
        char c;
        boolean z;
        short s;
        int i;
        Object o;
        byte b2;
        long l2;
        boolean z2;
        char c2;
    }

    static class MoreMixed extends Mixed {
        short s3;
        byte b3;
        int i3;
        boolean z3;
        long l3;
    }

    static byte sb = -1;
    static short ss = -2;
    static char sc = 'q';
    static int si = -4;
    static long sl = -5L;
    static boolean sz = true;
    static Object so = "static";
    static long sl2;
    static byte sb2 = 7;

    static String dump(Mixed m) {
        return m.b + " " + m.l + " " + (int) m.c + " " + m.z + " " + m.s + " " + m.i + " " + m.o + " " + m.b2 + " " + m.l2 + " " + m.z2 + " " + (int) m.c2;
    }

    public static void main(String[] args) {
        Mixed m = new Mixed();
        System.out.println("defaults " + dump(m));
        m.b = -1; m.l = -1; m.c = '\uffff'; m.z = true; m.s = -1; m.i = -1; m.o = m; m.b2 = -1; m.l2 = -1; m.z2 = true; m.c2 = '\uffff';
        m.o = "obj";
        System.out.println("all ones " + dump(m));
        m.b = 0; m.l = 0; m.c = 0; m.s = 0; m.i = 0;
        System.out.println("some cleared " + dump(m));
        MoreMixed x = new MoreMixed();
        x.s3 = 300; x.b3 = -3; x.i3 = 0x12345678; x.z3 = true; x.l3 = Long.MIN_VALUE;
        x.b = 1; x.l = 2; x.c = 'c'; x.z = false; x.s = 4; x.i = 5; x.o = null; x.b2 = 6; x.l2 = 7; x.z2 = true; x.c2 = 'd';
        System.out.println("subclass " + dump(x) + " | " + x.s3 + " " + x.b3 + " " + x.i3 + " " + x.z3 + " " + x.l3);
        for (int k = 0; k < 300; k++) {
            x.b3++; x.s3 += 1000; x.c++; x.i3 *= 3; x.l3 += x.i3; x.b2 -= x.b3; x.z3 = !x.z3;
        }
        System.out.println("after loop " + dump(x) + " | " + x.s3 + " " + x.b3 + " " + x.i3 + " " + x.z3 + " " + x.l3);
        System.out.println("statics " + sb + " " + ss + " " + sc + " " + si + " " + sl + " " + sz + " " + so + " " + sl2 + " " + sb2);
        sb += 200; ss *= 20000; sc += 1; si <<= 30; sl >>>= 1; sz ^= true; so = null; sl2--; sb2 <<= 5;
        System.out.println("statics " + sb + " " + ss + " " + sc + " " + si + " " + sl + " " + sz + " " + so + " " + sl2 + " " + sb2);
        Mixed[] many = new Mixed[50];
        for (int k = 0; k < many.length; k++) {
            many[k] = k % 2 == 0 ? new Mixed() : new MoreMixed();
            many[k].i = k;
            many[k].l = -k;
            many[k].b = (byte) k;
        }
        long h = 0;
        for (Mixed q : many) h = h * 31 + q.i + q.l + q.b + (q instanceof MoreMixed ? ((MoreMixed) q).l3 + 1 : 0);
        System.out.println("many " + h);
    }
}
