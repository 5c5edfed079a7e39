public class HeapSort {
    static void siftDown(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, largest = i;
            if (l < n && a[l] > a[largest]) largest = l;
            if (r < n && a[r] > a[largest]) largest = r;
            if (largest == i) return;
            int t = a[i]; a[i] = a[largest]; a[largest] = t;
            i = largest;
        }
    }

    static void heapSort(int[] a) {
        for (int i = a.length / 2 - 1; i >= 0; i--) siftDown(a, i, a.length);
        for (int end = a.length - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            siftDown(a, 0, end);
        }
    }

    public static void main(String[] args) {
        int[] a = new int[4096];
        int s = 1;
        for (int i = 0; i < a.length; i++) {
            s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
            a[i] = s;
        }
        heapSort(a);
        long h = 0;
        int inversions = 0;
        for (int i = 0; i < a.length; i++) {
            h = h * 131 + a[i];
            if (i > 0 && a[i - 1] > a[i]) inversions++;
        }
        System.out.println("n=" + a.length + " inversions=" + inversions + " h=" + h);
        System.out.println(a[0] + " " + a[1] + " " + a[2048] + " " + a[4095]);
        int[] small = {5, -1, 3, 3, Integer.MIN_VALUE, Integer.MAX_VALUE, 0};
        heapSort(small);
        StringBuilder sb = new StringBuilder();
        for (int v : small) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
    }
}
