/* Sieve of Eratosthenes: how many primes up to SIZE, and their sum (twin of Sieve.java). */
#include "bench.h"
#ifndef SIZE
#define SIZE 2000000
#endif

static unsigned char composite[SIZE + 1];

int main(void) {
    int count = 0;
    long sum = 0;
    for (int i = 2; i <= SIZE; i++) {
        if (composite[i]) continue;
        count++;
        sum += i;
        for (long j = (long) i * i; j <= SIZE; j += i) composite[j] = 1;
    }
    print_str("sieve ");
    print_long(SIZE);
    print_str(": ");
    print_long(count);
    print_str(" primes, sum ");
    print_long(sum);
    print_char('\n');
    return 0;
}
