// mkplay-heap: 131072
/** References held only in locals of a deep recursion (registers and frames, scanned conservatively) survive. */
public class GcStackRoots {
    static long churn(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += new int[8 + i % 16].length;
        return s;
    }

    static long descend(int depth, int[] parent) {
        int[] mine = new int[4];
        mine[0] = depth;
        mine[1] = parent == null ? -1 : parent[0];
        String label = "d" + depth;
        long garbage = churn(200);
        long below = depth == 0 ? 0 : descend(depth - 1, mine);
        garbage += churn(200);
        return below + mine[0] + mine[1] + label.length() + garbage % 7;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 25; round++) total += descend(60, null);
        System.out.println("total " + total);
    }
}
