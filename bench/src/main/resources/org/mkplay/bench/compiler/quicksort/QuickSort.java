/** Quicksort (Hoare partition, recursion on the smaller side) of SIZE pseudo-random ints; checks order. */
public class QuickSort {
    static final int SIZE = 150000;

    static void sort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int pivot = a[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort(a, lo, j);
                lo = i;
            } else {
                sort(a, i, hi);
                hi = j;
            }
        }
    }

    public static void main(String[] args) {
        int[] a = new int[SIZE];
        int seed = 7;
        for (int i = 0; i < SIZE; i++) {
            seed = seed * 1103515245 + 12345;
            a[i] = seed >>> 1;
        }
        sort(a, 0, SIZE - 1);
        int disorder = 0;
        long weighted = 0;
        for (int i = 0; i < SIZE; i++) {
            if (i > 0 && a[i - 1] > a[i]) disorder++;
            weighted += (long) a[i] * (i % 1000);
        }
        System.out.println("quicksort " + SIZE + ": disorder " + disorder + ", weighted sum " + weighted);
    }
}
