/** Unbounded recursion ends with the JVM's StackOverflowError report and status 1, not in the heap. */
public class GcStackOverflow {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("descending");
        down(0);
        System.out.println("unreachable");
    }
}
