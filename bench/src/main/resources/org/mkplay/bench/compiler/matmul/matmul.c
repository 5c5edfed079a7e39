/* Product of two SIZE x SIZE int matrices filled by a linear congruential generator; a hash of the
 * result (twin of MatMul.java: unsigned arithmetic where Java wraps around). */
#include "bench.h"
#ifndef SIZE
#define SIZE 100
#endif

static unsigned seed = 42;
static int a[SIZE][SIZE], b[SIZE][SIZE], c[SIZE][SIZE];

static int next(void) {
    seed = seed * 1103515245u + 12345u;
    return (int) ((seed >> 16) % 100) - 50;
}

static void random_matrix(int m[SIZE][SIZE]) {
    for (int i = 0; i < SIZE; i++) {
        for (int j = 0; j < SIZE; j++) m[i][j] = next();
    }
}

int main(void) {
    random_matrix(a);
    random_matrix(b);
    for (int i = 0; i < SIZE; i++) {
        for (int k = 0; k < SIZE; k++) {
            int aik = a[i][k];
            for (int j = 0; j < SIZE; j++) c[i][j] += aik * b[k][j];
        }
    }
    unsigned long hash = 0;
    for (int i = 0; i < SIZE; i++) {
        for (int j = 0; j < SIZE; j++) hash = hash * 31 + (unsigned long) (long) c[i][j];
    }
    print_str("matmul ");
    print_long(SIZE);
    print_str("x");
    print_long(SIZE);
    print_str(": hash ");
    print_long((long) hash);
    print_char('\n');
    return 0;
}
