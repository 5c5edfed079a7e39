public class MergeSort {
    static final class Item {
        final int key;
        final int order;
        Item(int key, int order) { this.key = key; this.order = order; }
    }

    static void sort(Item[] a, Item[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        sort(a, tmp, lo, mid);
        sort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[j].key < a[i].key ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    static void bottomUp(long[] a) {
        long[] src = a, dst = new long[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length), hi = Math.min(lo + 2 * width, a.length);
                int i = lo, j = mid;
                for (int k = lo; k < hi; k++) dst[k] = (j >= hi || (i < mid && src[i] <= src[j])) ? src[i++] : src[j++];
            }
            long[] t = src; src = dst; dst = t;
        }
        if (src != a) System.arraycopy(src, 0, a, 0, a.length);
    }

    public static void main(String[] args) {
        int n = 3000;
        Item[] items = new Item[n];
        int x = 7;
        for (int i = 0; i < n; i++) {
            x = x * 75 % 65537;
            items[i] = new Item(x % 50, i);
        }
        sort(items, new Item[n], 0, n);
        boolean stable = true;
        long h = 0;
        for (int i = 1; i < n; i++) {
            if (items[i - 1].key == items[i].key && items[i - 1].order > items[i].order) stable = false;
            if (items[i - 1].key > items[i].key) stable = false;
            h = h * 31 + items[i].key * 7 + items[i].order;
        }
        System.out.println("stable=" + stable + " h=" + h + " first=" + items[0].key + "/" + items[0].order);
        long[] ls = new long[777];
        long y = 99;
        for (int i = 0; i < ls.length; i++) {
            y = y * 6364136223846793005L + 1442695040888963407L;
            ls[i] = y >> 20;
        }
        bottomUp(ls);
        long g = 0;
        boolean ok = true;
        for (int i = 0; i < ls.length; i++) {
            if (i > 0 && ls[i - 1] > ls[i]) ok = false;
            g ^= ls[i] * (i + 1);
        }
        System.out.println("bottomUp ok=" + ok + " g=" + g + " " + ls[0] + " " + ls[776]);
    }
}
