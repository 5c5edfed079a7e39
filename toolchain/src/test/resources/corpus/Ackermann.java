public class Ackermann {
    static long calls;

    static int ack(int m, int n) {
        calls++;
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static int iterativeAck(int m, int n) {
        int[] stack = new int[100000];
        int sp = 0;
        stack[sp++] = m;
        while (sp > 0) {
            m = stack[--sp];
            if (m == 0) n = n + 1;
            else if (n == 0) { stack[sp++] = m - 1; n = 1; }
            else { stack[sp++] = m - 1; stack[sp++] = m; n = n - 1; }
        }
        return n;
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 0; n <= 4; n++) {
                calls = 0;
                int r = ack(m, n);
                sb.append("A(").append(m).append(',').append(n).append(")=").append(r).append('/').append(calls).append(' ');
            }
            System.out.println(sb);
        }
        System.out.println(ack(2, 200) + " " + ack(3, 6) + " " + iterativeAck(3, 5) + " " + iterativeAck(2, 3));
    }
}
