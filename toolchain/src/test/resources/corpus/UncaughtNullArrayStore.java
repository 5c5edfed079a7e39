/** Storing into an array local that became null inside a loop: NullPointerException, not an index fault. */
public class UncaughtNullArrayStore {
    public static void main(String[] args) {
        long[] a = new long[4];
        for (int i = 0; i < 10; i++) {
            a[i % 4] = i;
            System.out.println("stored " + i);
            if (i == 5) a = null;
        }
        System.out.println("not reached");
    }
}
