#include "kernel.h"

#define VALUES 4096
#define SORT_CHUNK 24
#define HASH_SPAN 64

struct kernel_state {
    uint64_t seed;
    uint64_t checksum;
    uint64_t candidate; /* next number for trial division */
    uint64_t primes;
    uint32_t values[VALUES];
};

static struct kernel_state state;

static uint64_t next_random(void) {
    uint64_t x = state.seed;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    state.seed = x;
    return x;
}

static void step_hash(uint64_t step) {
    uint64_t hash = state.checksum;
    unsigned start = (unsigned) (step * 37) % VALUES;
    for (unsigned i = 0; i < HASH_SPAN; i++) {
        hash = (hash ^ state.values[(start + i) % VALUES]) * 0x100000001b3ULL;
        hash ^= hash >> 29;
    }
    state.checksum = hash;
}

static void step_sort(uint64_t step) {
    uint32_t *chunk = &state.values[(step * SORT_CHUNK) % (VALUES - SORT_CHUNK)];
    for (int i = 0; i < SORT_CHUNK; i++) {
        chunk[i] = (uint32_t) next_random();
    }
    for (int i = 1; i < SORT_CHUNK; i++) {
        uint32_t value = chunk[i];
        int j = i - 1;
        while (j >= 0 && chunk[j] > value) {
            chunk[j + 1] = chunk[j];
            j--;
        }
        chunk[j + 1] = value;
    }
    state.checksum += chunk[0] ^ ((uint64_t) chunk[SORT_CHUNK - 1] << 32);
}

/* trial division of the next few candidates: division-heavy */
static void step_primes(void) {
    for (int count = 0; count < 4; count++) {
        uint64_t n = state.candidate;
        state.candidate = n < 2000000 ? n + 1 : 3;
        int prime = n >= 2;
        for (uint64_t d = 2; d * d <= n && d < 64; d++) {
            if (n % d == 0) {
                prime = 0;
                break;
            }
        }
        state.primes += prime;
        state.checksum ^= n * prime;
    }
}

static uint64_t gcd(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t r = a % b;
        a = b;
        b = r;
    }
    return a;
}

static void step_gcd(void) {
    for (int i = 0; i < 6; i++) {
        uint64_t a = next_random() >> 16, b = next_random() >> 24;
        state.checksum = state.checksum * 31 + gcd(a, b) + (a / (b | 1));
    }
}

uint64_t kernel_run(uint64_t steps) {
    state.seed = 0x2545f4914f6cdd1dULL;
    state.checksum = 0;
    state.candidate = 3;
    state.primes = 0;
    for (int i = 0; i < VALUES; i++) {
        state.values[i] = (uint32_t) next_random();
    }
    for (uint64_t step = 0; step < steps; step++) {
        /* if/else rather than switch: a jump table would hold absolute addresses, and sv39-user runs this
           code at another virtual address than it was linked for */
        unsigned kind = step & 3;
        if (kind == 0) {
            step_hash(step);
        } else if (kind == 1) {
            step_sort(step);
        } else if (kind == 2) {
            step_primes();
        } else {
            step_gcd();
        }
        kernel_step_done();
    }
    return state.checksum ^ state.primes;
}
