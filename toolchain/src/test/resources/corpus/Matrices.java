public class Matrices {
    static long[][] multiply(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
                c[i][j] = s;
            }
        return c;
    }

    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static long determinant(long[][] m) {
        int n = m.length;
        if (n == 1) return m[0][0];
        long det = 0;
        for (int col = 0; col < n; col++) {
            long[][] minor = new long[n - 1][n - 1];
            for (int i = 1; i < n; i++)
                for (int j = 0, mj = 0; j < n; j++) if (j != col) minor[i - 1][mj++] = m[i][j];
            det += (col % 2 == 0 ? 1 : -1) * m[0][col] * determinant(minor);
        }
        return det;
    }

    static String show(long[][] m) {
        StringBuilder sb = new StringBuilder();
        for (long[] row : m) {
            for (long v : row) sb.append(v).append(' ');
            sb.append('/');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        long[][] a = new long[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) a[i][j] = (i * 7 + j * 3) % 11 - 5;
        long[][] p = a;
        for (int i = 0; i < 5; i++) p = multiply(p, a);
        System.out.println(show(p));
        System.out.println("det " + determinant(a) + " " + determinant(new long[][] {{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}));
        int[][] jag = new int[5][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            jag[i][0] = jag[i][i] = 1;
            for (int j = 1; j < i; j++) jag[i][j] = jag[i - 1][j - 1] + jag[i - 1][j];
        }
        StringBuilder sb = new StringBuilder();
        for (int[] row : jag) { for (int v : row) sb.append(v).append(' '); sb.append("| "); }
        System.out.println(sb);
        int[][] rect = {{1, 2, 3}, {4, 5, 6}};
        int[][] t = transpose(rect);
        System.out.println(t.length + "x" + t[0].length + " " + t[2][1] + " " + t[0][1]);
        int[][][] cube = new int[4][5][6];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) for (int k = 0; k < 6; k++) cube[i][j][k] = i * 100 + j * 10 + k;
        long sum = 0;
        for (int[][] plane : cube) for (int[] row : plane) for (int v : row) sum += v;
        System.out.println("cube " + sum + " " + cube[3][4][5] + " " + cube[1].length + " " + cube[1][2].length);
        char[][] grid = new char[3][];
        grid[0] = "abc".toCharArray();
        grid[1] = new char[] {'x'};
        grid[2] = new char[0];
        System.out.println(grid[0].length + grid[1].length + grid[2].length + " " + grid[0][2] + grid[1][0]);
        long[][] big = new long[100][100];
        for (int i = 0; i < 100; i++) big[i][i] = 2;
        long[][] sq = multiply(big, big);
        System.out.println(sq[42][42] + " " + sq[1][2]);
    }
}
