public class Compares {
    static int calls;

    static boolean t(int tag) { calls = calls * 10 + tag; return true; }
    static boolean f(int tag) { calls = calls * 10 + tag; return false; }

    static String rel(long a, long b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
            + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    static String rel(int a, int b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
            + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    public static void main(String[] args) {
        int[] is = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int a : is) {
            StringBuilder sb = new StringBuilder();
            for (int b : is) sb.append(rel(a, b)).append(' ').append(Integer.compare(a, b)).append(' ');
            for (int b : is) sb.append(a < 0 ? "n" : a == 0 ? "z" : "p").append(a > b == b < a ? 'y' : 'x');
            System.out.println(sb);
        }
        long[] ls = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x100000000L, -0x100000000L};
        for (long a : ls) {
            StringBuilder sb = new StringBuilder();
            for (long b : ls) sb.append(rel(a, b)).append(' ').append(Long.compare(a, b)).append(' ');
            System.out.println(sb);
        }
        char c1 = 'a', c2 = '\uffff';
        byte b1 = -1;
        short s1 = -1;
        System.out.println((c1 < c2) + " " + (b1 < c1) + " " + (s1 == b1) + " " + (c2 == b1) + " " + ((char) b1 == c2));
        calls = 0;
        boolean r1 = f(1) && t(2) || t(3) && f(4) || t(5);
        System.out.println(r1 + " " + calls);
        calls = 0;
        boolean r2 = t(1) || f(2);
        boolean r3 = f(3) & t(4) | t(5) ^ t(6);
        System.out.println(r2 + " " + r3 + " " + calls);
        boolean x = true, y = false;
        System.out.println((x ^ y) + " " + (x & y) + " " + (x | y) + " " + !x + " " + (x == y) + " " + (x != !y));
        Object o1 = new Object(), o2 = o1, o3 = new Object(), nul = null;
        System.out.println((o1 == o2) + " " + (o1 == o3) + " " + (nul == null) + " " + (o1 != null));
        int count = 0;
        for (int i = -50; i <= 50; i++) {
            if (i > 10 && i < 20 || i == -3 || !(i < 45)) count++;
            if (i >= 0 == (i % 2 == 0)) count += 100;
        }
        System.out.println(count);
    }
}
