public class ExLoopLocals {
    static int calls;

    static int risky(int i) {
        calls++;
        if (i % 7 == 3) throw new IllegalArgumentException("bad " + i);
        if (i % 11 == 5) throw new ArithmeticException("arith " + i);
        return i * 2 + 1;
    }

    static int deep(int i, int d) {
        int a = i + d, b = i * d, c = i - d, e = i ^ d;
        if (d == 0) return risky(i);
        int r = deep(i, d - 1);
        return r + a + b + c + e - a - b - c - e;
    }

    public static void main(String[] args) {
        long acc = 1;
        int a = 3, b = 5, c = 7, d = 11, e = 13, f = 17, g = 19, h = 23;
        long l1 = 1L << 40, l2 = -99;
        int errors = 0, arith = 0;
        for (int i = 0; i < 60; i++) {
            a += i; b ^= i; c = c * 3 + 1; d -= i; e += a; f = f * 31 + b; g += c & 7; h ^= d;
            l1 += i; l2 *= -1;
            try {
                int v = deep(i, i % 4);
                acc = acc * 31 + v + a + b + c + d + e + f + g + h;
            } catch (IllegalArgumentException ex) {
                errors++;
                acc ^= a + b + c + d + e + f + g + h + l1 + l2;
            } catch (ArithmeticException ex) {
                arith++;
                acc += ex.getMessage().length() + a - h;
            }
        }
        System.out.println(acc + " " + errors + " " + arith + " " + calls);
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " " + l1 + " " + l2);
    }
}
