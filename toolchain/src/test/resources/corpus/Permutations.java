public class Permutations {
    static int count;
    static long checksum;

    static void permute(char[] a, int k, StringBuilder out) {
        if (k == a.length) {
            count++;
            for (char c : a) checksum = checksum * 31 + c;
            if (count <= 8) out.append(a).append(' ');
            return;
        }
        for (int i = k; i < a.length; i++) {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            permute(a, k + 1, out);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }

    static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i]; a[i] = a[j]; a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
        return true;
    }

    static void subsets(int[] items, int idx, int sum, int target, int[] found) {
        if (idx == items.length) {
            if (sum == target) found[0]++;
            return;
        }
        subsets(items, idx + 1, sum + items[idx], target, found);
        subsets(items, idx + 1, sum, target, found);
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        permute("abcdefg".toCharArray(), 0, out);
        System.out.println(out + "count=" + count + " checksum=" + checksum);
        int[] a = {1, 1, 2, 3};
        int n = 1;
        StringBuilder sb = new StringBuilder();
        do {
            for (int v : a) sb.append(v);
            sb.append(' ');
        } while (nextPermutation(a) && n++ < 100);
        System.out.println(sb + "n=" + n);
        int[] found = new int[1];
        subsets(new int[] {3, 34, 4, 12, 5, 2, 7, 8, 1, 9, 11, 6, 10, 13, 15, 14}, 0, 0, 30, found);
        System.out.println("subsets summing to 30: " + found[0]);
    }
}
