/** An array local replaced by a shorter one inside a loop: the bounds check must use the new length. */
public class UncaughtShadowAfterShrink {
    public static void main(String[] args) {
        int[] a = new int[8];
        long sum = 0;
        for (int i = 0; i < 8; i++) {
            a[i] = i * i;
            sum += a[i];
            System.out.println(i + " " + sum);
            if (i == 4) a = new int[3];
        }
        System.out.println("not reached " + sum);
    }
}
