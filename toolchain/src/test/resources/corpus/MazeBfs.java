public class MazeBfs {
    static final String[] MAZE = {
        "##########################",
        "#S.....#.........#.......#",
        "#.####.#.#######.#.#####.#",
        "#.#....#.#.....#...#...#.#",
        "#.#.####.#.###.#####.#.#.#",
        "#.#......#...#.......#...#",
        "#.##########.#########.###",
        "#..........#.#.......#...#",
        "##########.#.#.#####.###.#",
        "#..........#...#.......#E#",
        "##########################"};

    public static void main(String[] args) {
        int h = MAZE.length, w = MAZE[0].length();
        char[][] grid = new char[h][];
        for (int y = 0; y < h; y++) grid[y] = MAZE[y].toCharArray();
        int[][] dist = new int[h][w];
        for (int[] row : dist) for (int x = 0; x < w; x++) row[x] = -1;
        int[] queue = new int[h * w];
        int head = 0, tail = 0, start = -1, end = -1;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            if (grid[y][x] == 'S') start = y * w + x;
            if (grid[y][x] == 'E') end = y * w + x;
        }
        queue[tail++] = start;
        dist[start / w][start % w] = 0;
        int[] dy = {-1, 1, 0, 0}, dx = {0, 0, -1, 1};
        int[] from = new int[h * w];
        while (head < tail) {
            int cur = queue[head++], cy = cur / w, cx = cur % w;
            for (int d = 0; d < 4; d++) {
                int ny = cy + dy[d], nx = cx + dx[d];
                if (grid[ny][nx] != '#' && dist[ny][nx] < 0) {
                    dist[ny][nx] = dist[cy][cx] + 1;
                    from[ny * w + nx] = cur;
                    queue[tail++] = ny * w + nx;
                }
            }
        }
        System.out.println("distance " + dist[end / w][end % w] + " visited " + tail);
        for (int p = from[end]; p != start; p = from[p]) grid[p / w][p % w] = '*';
        for (char[] row : grid) System.out.println(new String(row));
        int reachable = 0, maxDist = 0;
        for (int[] row : dist) for (int d : row) { if (d >= 0) reachable++; if (d > maxDist) maxDist = d; }
        System.out.println(reachable + " " + maxDist);
    }
}
