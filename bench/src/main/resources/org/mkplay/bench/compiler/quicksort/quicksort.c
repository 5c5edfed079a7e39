/* Quicksort (Hoare partition, recursion on the smaller side) of SIZE pseudo-random ints; checks order
 * (twin of QuickSort.java). */
#include "bench.h"
#ifndef SIZE
#define SIZE 150000
#endif

static int a[SIZE];

static void sort(int *v, int lo, int hi) {
    while (lo < hi) {
        int pivot = v[(int) ((unsigned) (lo + hi) >> 1)];
        int i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) {
                int t = v[i];
                v[i] = v[j];
                v[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            sort(v, lo, j);
            lo = i;
        } else {
            sort(v, i, hi);
            hi = j;
        }
    }
}

int main(void) {
    unsigned seed = 7;
    for (int i = 0; i < SIZE; i++) {
        seed = seed * 1103515245u + 12345u;
        a[i] = (int) (seed >> 1);
    }
    sort(a, 0, SIZE - 1);
    int disorder = 0;
    long weighted = 0;
    for (int i = 0; i < SIZE; i++) {
        if (i > 0 && a[i - 1] > a[i]) disorder++;
        weighted += (long) a[i] * (i % 1000);
    }
    print_str("quicksort ");
    print_long(SIZE);
    print_str(": disorder ");
    print_long(disorder);
    print_str(", weighted sum ");
    print_long(weighted);
    print_char('\n');
    return 0;
}
