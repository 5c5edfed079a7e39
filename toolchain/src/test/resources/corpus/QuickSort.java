public class QuickSort {
    static int seed = 12345;

    static int next() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 1) % 100000 - 50000;
    }

    static void sort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = partition(a, lo, hi);
            if (p - lo < hi - p) {
                sort(a, lo, p - 1);
                lo = p + 1;
            } else {
                sort(a, p + 1, hi);
                hi = p - 1;
            }
        }
    }

    static int partition(int[] a, int lo, int hi) {
        int mid = lo + (hi - lo) / 2;
        swap(a, mid, hi);
        int pivot = a[hi], i = lo;
        for (int j = lo; j < hi; j++) if (a[j] < pivot) swap(a, i++, j);
        swap(a, i, hi);
        return i;
    }

    static void swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    static long checksum(int[] a) {
        long h = 0;
        for (int i = 0; i < a.length; i++) h = h * 1000003 + a[i] * (long) (i + 1);
        return h;
    }

    public static void main(String[] args) {
        int[] sizes = {0, 1, 2, 3, 10, 100, 5000};
        for (int n : sizes) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = next();
            sort(a, 0, n - 1);
            boolean ok = true;
            for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) ok = false;
            System.out.println(n + " sorted=" + ok + " sum=" + checksum(a) + (n > 0 ? " min=" + a[0] + " max=" + a[n - 1] : ""));
        }
        int[] dup = new int[1000];
        for (int i = 0; i < dup.length; i++) dup[i] = i % 7 - 3;
        sort(dup, 0, dup.length - 1);
        System.out.println("dups " + checksum(dup) + " " + dup[0] + " " + dup[500] + " " + dup[999]);
        int[] desc = new int[2000];
        for (int i = 0; i < desc.length; i++) desc[i] = desc.length - i;
        sort(desc, 0, desc.length - 1);
        System.out.println("desc " + checksum(desc));
    }
}
