public class UncaughtArrayIndex {
    static int[] squares(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i * i;
        return a;
    }

    public static void main(String[] args) {
        int[] a = squares(8);
        long sum = 0;
        for (int i = 0; i <= a.length; i++) {
            sum += a[i];
            System.out.println(i + ": " + a[i] + " running " + sum);
        }
        System.out.println("not reached " + sum);
    }
}
