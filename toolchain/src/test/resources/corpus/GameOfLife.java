public class GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int count = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if ((dy != 0 || dx != 0) && g[(y + dy + h) % h][(x + dx + w) % w]) count++;
                n[y][x] = count == 3 || (count == 2 && g[y][x]);
            }
        }
        return n;
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) for (boolean c : row) if (c) p++;
        return p;
    }

    static String render(boolean[][] g, int rows) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            for (boolean c : g[y]) sb.append(c ? '#' : '.');
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[24][40];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] c : glider) g[c[0] + 1][c[1] + 1] = true;
        String[] gun = {"......#.", "....#.##", "....#.#.", "....#...", "..#.....", "#.#....."};
        for (int y = 0; y < gun.length; y++)
            for (int x = 0; x < gun[y].length(); x++) if (gun[y].charAt(x) == '#') g[10 + y][20 + x] = true;
        int seed = 7;
        for (int i = 0; i < 120; i++) {
            seed = seed * 1103515245 + 12345;
            g[16 + ((seed >>> 16) & 7)][((seed >>> 8) & 31)] = true;
        }
        StringBuilder pops = new StringBuilder();
        for (int gen = 0; gen < 150; gen++) {
            if (gen % 10 == 0) pops.append(population(g)).append(' ');
            g = step(g);
        }
        System.out.println(pops);
        System.out.print(render(g, 24));
        long h = 0;
        for (boolean[] row : g) for (boolean c : row) h = h * 3 + (c ? 1 : 0);
        System.out.println(h);
    }
}
