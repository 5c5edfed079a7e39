/**
 * Fannkuch of SIZE: over all permutations of 0..SIZE-1 (in a fixed rotation order), flip the prefix
 * whose length is given by the first element until it is 0; the most flips and an alternating checksum.
 */
public class Fannkuch {
    static final int SIZE = 9;

    static int flips(int[] start, int[] work, int n) {
        for (int i = 0; i < n; i++) work[i] = start[i];
        int flips = 0;
        for (int first = work[0]; first != 0; first = work[0]) {
            for (int i = 0, j = first; i < j; i++, j--) {
                int t = work[i];
                work[i] = work[j];
                work[j] = t;
            }
            flips++;
        }
        return flips;
    }

    public static void main(String[] args) {
        int n = SIZE;
        int[] perm = new int[n], work = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        int maxFlips = 0, checksum = 0, index = 0, r = n;
        while (true) {
            for (; r != 1; r--) count[r - 1] = r;
            int f = flips(perm, work, n);
            maxFlips = Math.max(maxFlips, f);
            checksum += index % 2 == 0 ? f : -f;
            // next permutation: rotate the first r+1 elements left until a counter is not exhausted
            while (true) {
                if (r == n) {
                    System.out.println("fannkuch " + n + ": checksum " + checksum + ", max flips " + maxFlips);
                    return;
                }
                int first = perm[0];
                for (int i = 0; i < r; i++) perm[i] = perm[i + 1];
                perm[r] = first;
                if (--count[r] > 0) break;
                r++;
            }
            index++;
        }
    }
}
