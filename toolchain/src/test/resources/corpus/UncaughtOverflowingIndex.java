/** An index that wraps around past Integer.MAX_VALUE to a negative value inside a loop bounded by a length. */
public class UncaughtOverflowingIndex {
    public static void main(String[] args) {
        int[] a = new int[8];
        int i = Integer.MAX_VALUE - 3;
        int steps = 0;
        while (i > 0 || i < a.length) {
            i += 1;
            steps++;
            if (i >= 0 && i < a.length) a[i] = steps;
            if (i < 0) {
                System.out.println("wrapped after " + steps + " steps to " + i);
                a[i] = steps;
            }
        }
        System.out.println("not reached " + steps);
    }
}
