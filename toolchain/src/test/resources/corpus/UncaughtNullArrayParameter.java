/** A null array parameter read in a loop: NullPointerException at the first access, after the earlier output. */
public class UncaughtNullArrayParameter {
    static int sum(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            System.out.println("reading element " + i);
            s += a[i];
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("sum " + sum(new int[] {4, 5, 6}, 3));
        System.out.println("sum " + sum(null, 3));
        System.out.println("not reached");
    }
}
