public class InsertionSort {
    static int comparisons;

    static boolean less(String a, String b) {
        comparisons++;
        return a.compareTo(b) < 0;
    }

    static void insertion(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String key = a[i];
            int j = i - 1;
            while (j >= 0 && less(key, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void shell(char[] a) {
        int gap = 1;
        while (gap < a.length / 3) gap = gap * 3 + 1;
        for (; gap >= 1; gap /= 3) {
            for (int i = gap; i < a.length; i++) {
                for (int j = i; j >= gap && a[j] < a[j - gap]; j -= gap) {
                    char t = a[j]; a[j] = a[j - gap]; a[j - gap] = t;
                }
            }
        }
    }

    public static void main(String[] args) {
        String[] words = {"pear", "apple", "fig", "banana", "Apple", "kiwi", "", "apricot", "fig", "zebra", "a", "ab", "aa"};
        insertion(words);
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append('[').append(w).append(']');
        System.out.println(sb + " comparisons=" + comparisons);
        char[] text = "the quick brown fox jumps over the lazy dog".toCharArray();
        shell(text);
        System.out.println(new String(text).trim() + "|");
        String[] many = new String[300];
        for (int i = 0; i < many.length; i++) many[i] = "k" + (i * 7919 % 1000);
        comparisons = 0;
        insertion(many);
        System.out.println(many[0] + " " + many[150] + " " + many[299] + " comparisons=" + comparisons);
    }
}
