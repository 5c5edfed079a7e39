public class BigFactorial {
    /** Little-endian base-10000 digits. */
    static int[] multiply(int[] num, int len, int factor, int[] lenOut) {
        int carry = 0;
        for (int i = 0; i < len; i++) {
            int v = num[i] * factor + carry;
            num[i] = v % 10000;
            carry = v / 10000;
        }
        while (carry > 0) {
            num[len++] = carry % 10000;
            carry /= 10000;
        }
        lenOut[0] = len;
        return num;
    }

    static String toDecimal(int[] num, int len) {
        StringBuilder sb = new StringBuilder();
        sb.append(num[len - 1]);
        for (int i = len - 2; i >= 0; i--) {
            int v = num[i];
            if (v < 1000) sb.append('0');
            if (v < 100) sb.append('0');
            if (v < 10) sb.append('0');
            sb.append(v);
        }
        return sb.toString();
    }

    static int digitSum(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum += s.charAt(i) - '0';
        return sum;
    }

    public static void main(String[] args) {
        int[] num = new int[200];
        num[0] = 1;
        int[] len = {1};
        for (int n = 1; n <= 100; n++) {
            multiply(num, len[0], n, len);
            if (n == 20 || n == 25 || n == 50 || n == 100) {
                String s = toDecimal(num, len[0]);
                System.out.println(n + "! = " + s);
                System.out.println("  digits=" + s.length() + " digitSum=" + digitSum(s));
            }
        }
        long f = 1;
        for (int n = 1; n <= 25; n++) {
            f *= n;
            if (n >= 19) System.out.println(n + "! as long " + f);
        }
    }
}
