package org.mkplay.rt;

/** In-place heap sorts of primitive ranges [from, to): O(n log n), no allocation; equal values cannot be told apart. */
final class PrimitiveSort {
    private PrimitiveSort() {}

    static void ints(int[] a, int from, int to) {
        int n = to - from;
        for (int k = n / 2 - 1; k >= 0; k--) siftInts(a, from, k, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[from];
            a[from] = a[from + end];
            a[from + end] = t;
            siftInts(a, from, 0, end);
        }
    }

    private static void siftInts(int[] a, int base, int root, int n) {
        int v = a[base + root];
        for (int child = 2 * root + 1; child < n; child = 2 * root + 1) {
            if (child + 1 < n && a[base + child + 1] > a[base + child]) child++;
            if (a[base + child] <= v) break;
            a[base + root] = a[base + child];
            root = child;
        }
        a[base + root] = v;
    }

    static void longs(long[] a, int from, int to) {
        int n = to - from;
        for (int k = n / 2 - 1; k >= 0; k--) siftLongs(a, from, k, n);
        for (int end = n - 1; end > 0; end--) {
            long t = a[from];
            a[from] = a[from + end];
            a[from + end] = t;
            siftLongs(a, from, 0, end);
        }
    }

    private static void siftLongs(long[] a, int base, int root, int n) {
        long v = a[base + root];
        for (int child = 2 * root + 1; child < n; child = 2 * root + 1) {
            if (child + 1 < n && a[base + child + 1] > a[base + child]) child++;
            if (a[base + child] <= v) break;
            a[base + root] = a[base + child];
            root = child;
        }
        a[base + root] = v;
    }

    /** chars by counting: 65,536 buckets would be too many for short arrays, so sort them as ints. */
    static void chars(char[] a, int from, int to) {
        int[] v = new int[to - from];
        for (int k = 0; k < v.length; k++) v[k] = a[from + k];
        ints(v, 0, v.length);
        for (int k = 0; k < v.length; k++) a[from + k] = (char) v[k];
    }
}
