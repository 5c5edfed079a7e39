/** a[i - 1] behind a test that i is positive needs no bounds check; behind i >= 0 it does, and index -1 faults. */
public class UncaughtPreviousAtZero {
    static int descents(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) if (i > 0 && a[i - 1] > a[i]) s++;
        return s;
    }

    static int fromOne(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= 1; i--) s += a[i - 1] * i;
        return s;
    }

    static int weak(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i--) s += a[i - 1];
        return s;
    }

    public static void main(String[] args) {
        int[] a = {5, 3, 8, 1, 9, 2, 2, 7};
        System.out.println("descents " + descents(a) + ", fromOne " + fromOne(a));
        System.out.println("weak " + weak(a));
    }
}
