/** Array locals that change inside loops: lengths must follow every store (including null and shorter arrays). */
public class ArrayShadows {
    static int[] make(int n, int seed) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = seed * 31 + i * 7;
        return a;
    }

    static long sumAll(int[][] rows) {
        long sum = 0;
        for (int r = 0; r < rows.length; r++) {
            int[] row = rows[r];
            if (row == null) continue;
            for (int i = 0; i < row.length; i++) sum = sum * 7 + row[i];
        }
        return sum;
    }

    static int swapping(int rounds) {
        int[] a = make(5, 1), b = make(9, 2);
        int acc = 0;
        for (int k = 0; k < rounds; k++) {
            for (int i = 0; i < a.length; i++) acc += a[i] ^ k;
            int[] t = a;
            a = b;
            b = t;
        }
        return acc;
    }

    static int shrinking() {
        int[] a = make(12, 3);
        int acc = 0;
        while (a.length > 1) {
            for (int i = 0; i < a.length; i++) acc = acc * 3 + a[i];
            int[] next = new int[a.length / 2];
            for (int i = 0; i < next.length; i++) next[i] = a[2 * i] + a[2 * i + 1];
            a = next;
        }
        return acc + a[0];
    }

    static int maybeNull(int rounds) {
        int[] a = null;
        int acc = 0;
        for (int k = 0; k < rounds; k++) {
            if (a != null) {
                for (int i = 0; i < a.length; i++) acc += a[i];
            }
            a = k % 3 == 2 ? null : make(k + 1, k);
        }
        return acc;
    }

    static long slotReuse(int n) {
        long total = 0;
        {
            int[] first = make(n, 4);
            for (int i = 0; i < first.length; i++) total += first[i];
        }
        {
            String s = "reused slot";
            for (int i = 0; i < s.length(); i++) total += s.charAt(i);
        }
        {
            long[] third = new long[n + 2];
            for (int i = 0; i < third.length; i++) third[i] = total + i;
            for (int i = 0; i < third.length; i++) total ^= third[i];
        }
        return total;
    }

    static int parameterArray(byte[] data, char[] text) {
        int acc = 0;
        for (int i = 0; i < data.length; i++) acc = acc * 5 + data[i];
        for (int i = text.length - 1; i >= 0; i--) acc = acc * 3 + text[i];
        return acc;
    }

    public static void main(String[] args) {
        int[][] rows = new int[6][];
        for (int r = 0; r < rows.length; r++) rows[r] = r % 2 == 0 ? make(r + 1, r) : null;
        System.out.println("sumAll " + sumAll(rows));
        System.out.println("swapping " + swapping(7));
        System.out.println("shrinking " + shrinking());
        System.out.println("maybeNull " + maybeNull(10));
        System.out.println("slotReuse " + slotReuse(6));
        System.out.println("parameterArray " + parameterArray(new byte[] {1, -2, 3, -4}, "shadow".toCharArray()));
    }
}
