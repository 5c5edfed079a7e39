public class BigFibonacci {
    static final int BASE = 1000000000;

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] r = new int[n + 1];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = carry + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
            r[i] = (int) (s % BASE);
            carry = s / BASE;
        }
        r[n] = (int) carry;
        return trim(r);
    }

    static int[] trim(int[] r) {
        int n = r.length;
        while (n > 1 && r[n - 1] == 0) n--;
        if (n == r.length) return r;
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = r[i];
        return t;
    }

    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 2];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long p = (long) a[i] * m + carry;
            r[i] = (int) (p % BASE);
            carry = p / BASE;
        }
        r[a.length] = (int) (carry % BASE);
        r[a.length + 1] = (int) (carry / BASE);
        return trim(r);
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder().append(a[a.length - 1]);
        for (int i = a.length - 2; i >= 0; i--) {
            String part = Integer.toString(a[i]);
            for (int p = part.length(); p < 9; p++) sb.append('0');
            sb.append(part);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] a = {0}, b = {1};
        for (int i = 1; i <= 300; i++) {
            int[] c = add(a, b);
            a = b;
            b = c;
            if (i == 100 || i == 200 || i == 300) System.out.println("F(" + (i + 1) + ") = " + str(b));
        }
        int[] p = {1};
        for (int i = 0; i < 256; i++) p = mulSmall(p, 2);
        System.out.println("2^256 = " + str(p));
        int[] q = {1};
        for (int i = 0; i < 40; i++) q = mulSmall(q, 999999937);
        String s = str(q);
        System.out.println("999999937^40 has " + s.length() + " digits, starts " + s.substring(0, 20) + " ends " + s.substring(s.length() - 20));
    }
}
