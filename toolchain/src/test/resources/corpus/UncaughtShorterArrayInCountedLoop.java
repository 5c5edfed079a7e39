/** The loop's bound was the length of an array the body then replaces with a shorter one: a[i] must fault. */
public class UncaughtShorterArrayInCountedLoop {
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6};
        int n = a.length;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i];
            System.out.println("i = " + i + ", sum = " + sum);
            if (i == 2) a = new int[3];
        }
        System.out.println("not reached " + sum);
    }
}
