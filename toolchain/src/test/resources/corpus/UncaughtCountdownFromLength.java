/** Counting down from a.length (not a.length - 1): the first access is one past the end. */
public class UncaughtCountdownFromLength {
    public static void main(String[] args) {
        int[] a = new int[4];
        for (int i = 0; i < a.length; i++) a[i] = i * i;
        System.out.println("filled " + a.length);
        int total = 0;
        for (int i = a.length; i >= 0; i--) total += a[i];
        System.out.println("not reached " + total);
    }
}
