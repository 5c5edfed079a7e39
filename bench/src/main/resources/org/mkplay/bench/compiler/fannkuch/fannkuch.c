/* Fannkuch of SIZE: over all permutations of 0..SIZE-1 (in a fixed rotation order), flip the prefix
 * whose length is given by the first element until it is 0; the most flips and an alternating
 * checksum (twin of Fannkuch.java). */
#include "bench.h"
#ifndef SIZE
#define SIZE 9
#endif

static int flips(const int *start, int *work, int n) {
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

int main(void) {
    int n = SIZE;
    int perm[SIZE], work[SIZE], count[SIZE];
    for (int i = 0; i < n; i++) perm[i] = i;
    int max_flips = 0, checksum = 0, index = 0, r = n;
    for (;;) {
        for (; r != 1; r--) count[r - 1] = r;
        int f = flips(perm, work, n);
        if (f > max_flips) max_flips = f;
        checksum += index % 2 == 0 ? f : -f;
        /* next permutation: rotate the first r+1 elements left until a counter is not exhausted */
        for (;;) {
            if (r == n) {
                print_str("fannkuch ");
                print_long(n);
                print_str(": checksum ");
                print_long(checksum);
                print_str(", max flips ");
                print_long(max_flips);
                print_char('\n');
                return 0;
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
