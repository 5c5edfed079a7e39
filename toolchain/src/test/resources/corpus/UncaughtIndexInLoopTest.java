/** The loop test itself reads past the end of the array, on a later trip: the fault comes after that trip's output. */
public class UncaughtIndexInLoopTest {
    public static void main(String[] args) {
        int[] a = {5, 4, 3, 2};
        int i = 0;
        while (a[i] > 1) {
            System.out.println("a[" + i + "] = " + a[i]);
            a[i] = 9;
            i += 2;
        }
        System.out.println("not reached " + i);
    }
}
