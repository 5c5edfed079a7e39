public class Hanoi {
    static int moves;
    static StringBuilder firstMoves = new StringBuilder();
    static int[][] pegs = new int[3][20];
    static int[] heights = new int[3];
    static boolean legal = true;

    static void move(int from, int to) {
        int disk = pegs[from][--heights[from]];
        if (heights[to] > 0 && pegs[to][heights[to] - 1] < disk) legal = false;
        pegs[to][heights[to]++] = disk;
        moves++;
        if (moves <= 15) firstMoves.append(from).append("->").append(to).append(' ');
    }

    static void solve(int n, int from, int to, int via) {
        if (n == 0) return;
        solve(n - 1, from, via, to);
        move(from, to);
        solve(n - 1, via, to, from);
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 18; n += 4) {
            moves = 0;
            heights[0] = heights[1] = heights[2] = 0;
            for (int d = n; d >= 1; d--) pegs[0][heights[0]++] = d;
            firstMoves.setLength(0);
            solve(n, 0, 2, 1);
            System.out.println("n=" + n + " moves=" + moves + " expected=" + ((1 << n) - 1) + " legal=" + legal
                + " top=" + pegs[2][heights[2] - 1] + " heights=" + heights[0] + heights[1] + heights[2]);
            System.out.println("  " + firstMoves);
        }
    }
}
