/** The same array and index variable, but the index moved past the end between two accesses on one line. */
public class UncaughtIndexAfterUpdate {
    public static void main(String[] args) {
        int[] a = new int[6];
        int i = 0;
        while (true) {
            a[i] = i; i += 4; a[i] = -i;
            System.out.println("stored up to " + i);
        }
    }
}
