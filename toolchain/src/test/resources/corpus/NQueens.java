public class NQueens {
    static int solutions;
    static int[] first;

    static void place(int row, int n, int[] cols, boolean[] used, boolean[] d1, boolean[] d2) {
        if (row == n) {
            if (solutions++ == 0) first = cols.clone();
            return;
        }
        for (int c = 0; c < n; c++) {
            if (used[c] || d1[row + c] || d2[row - c + n - 1]) continue;
            used[c] = d1[row + c] = d2[row - c + n - 1] = true;
            cols[row] = c;
            place(row + 1, n, cols, used, d1, d2);
            used[c] = d1[row + c] = d2[row - c + n - 1] = false;
        }
    }

    static int bits(int n, int row, int cols, int diag1, int diag2) {
        if (row == n) return 1;
        int count = 0;
        int free = ~(cols | diag1 | diag2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += bits(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >>> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            solutions = 0;
            first = null;
            place(0, n, new int[n], new boolean[n], new boolean[2 * n], new boolean[2 * n]);
            StringBuilder sb = new StringBuilder();
            if (first != null) for (int c : first) sb.append(c);
            System.out.println(n + ": " + solutions + " " + bits(n, 0, 0, 0, 0) + " first=" + sb);
        }
        System.out.println("10: " + bits(10, 0, 0, 0, 0));
    }
}
