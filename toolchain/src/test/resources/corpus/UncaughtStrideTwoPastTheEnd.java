/** A counted loop over a.length that reads a[i + 1] with a stride of two: the last trip of an odd length faults. */
public class UncaughtStrideTwoPastTheEnd {
    public static void main(String[] args) {
        int[] a = {3, 1, 4, 1, 5, 9, 2};
        int pairs = 0;
        for (int i = 0; i < a.length; i += 2) {
            pairs += a[i] * a[i + 1];
            System.out.println("pair " + i + ": " + pairs);
        }
        System.out.println("not reached " + pairs);
    }
}
