package org.mkplay.rt;

/**
 * The stable sort behind Arrays.sort(Object[]...), List.sort and Collections.sort: top-down merge sort with
 * insertion sort for short runs. A null comparator means natural order (Comparable).
 */
final class MergeSort {
    private static final int INSERTION_LIMIT = 7;

    private MergeSort() {}

    static void sort(Object[] a, int from, int to, JComparator<Object> c) {
        Object[] scratch = new Object[to - from];
        sort(a, scratch, from, to, c);
    }

    private static void sort(Object[] a, Object[] scratch, int from, int to, JComparator<Object> c) {
        if (to - from <= INSERTION_LIMIT) {
            insertion(a, from, to, c);
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, scratch, from, mid, c);
        sort(a, scratch, mid, to, c);
        if (Comparators.compare(c, a[mid - 1], a[mid]) <= 0) return; // already in order
        merge(a, scratch, from, mid, to, c);
    }

    private static void merge(Object[] a, Object[] scratch, int from, int mid, int to, JComparator<Object> c) {
        System.arraycopy(a, from, scratch, 0, mid - from);
        int left = 0, leftEnd = mid - from, right = mid, out = from;
        while (left < leftEnd && right < to) {
            // Ties take the left element first: that is what keeps the sort stable.
            a[out++] = Comparators.compare(c, a[right], scratch[left]) < 0 ? a[right++] : scratch[left++];
        }
        while (left < leftEnd) a[out++] = scratch[left++];
    }

    private static void insertion(Object[] a, int from, int to, JComparator<Object> c) {
        for (int k = from + 1; k < to; k++) {
            Object v = a[k];
            int j = k - 1;
            while (j >= from && Comparators.compare(c, a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
