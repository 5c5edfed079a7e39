/* Benchmark workload "memory": loads and stores over a 4 MiB buffer in M-mode: sequential fill, a
   pointer chase through a random cycle of 64-byte nodes, large-stride reads, block copies and narrow
   (byte/halfword/word) read-modify-writes. MEMORY_ROUNDS scales it. */
#include "../runtime.h"

#ifndef MEMORY_ROUNDS
#define MEMORY_ROUNDS 12
#endif

#define BUFFER_BYTES (4u << 20)
#define WORDS (BUFFER_BYTES / 8)
#define NODE_WORDS 8 /* 64-byte nodes */
#define NODES (WORDS / NODE_WORDS)
#define STRIDE_WORDS 520 /* 4160 bytes: a new page nearly every access */
#define COPY_WORDS (WORDS / 4)

static uint64_t buffer[WORDS] __attribute__((aligned(4096)));
static uint64_t seed = 0x9e3779b97f4a7c15ULL;

static uint64_t next_random(void) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
}

static void fill(uint64_t round) {
    for (uint64_t i = 0; i < WORDS; i++) {
        buffer[i] = i * 0x9e3779b97f4a7c15ULL + round;
    }
}

/* Sattolo's shuffle: node i's first word holds the index of its successor, in one cycle over all nodes */
static void link_nodes(void) {
    for (uint64_t i = 0; i < NODES; i++) {
        buffer[i * NODE_WORDS] = i;
    }
    for (uint64_t i = NODES - 1; i > 0; i--) {
        uint64_t j = next_random() % i;
        uint64_t swap = buffer[i * NODE_WORDS];
        buffer[i * NODE_WORDS] = buffer[j * NODE_WORDS];
        buffer[j * NODE_WORDS] = swap;
    }
}

static uint64_t chase(uint64_t hops) {
    uint64_t node = 0, sum = 0;
    for (uint64_t i = 0; i < hops; i++) {
        node = buffer[node * NODE_WORDS];
        sum += node;
    }
    return sum;
}

static uint64_t strided_reads(void) {
    uint64_t sum = 0;
    for (uint64_t start = 0; start < STRIDE_WORDS; start += 8) {
        for (uint64_t i = start; i < WORDS; i += STRIDE_WORDS) {
            sum = (sum << 1 | sum >> 63) ^ buffer[i];
        }
    }
    return sum;
}

static void copy_blocks(void) {
    for (uint64_t i = 0; i < COPY_WORDS; i++) {
        buffer[COPY_WORDS * 2 + i] = buffer[i];
    }
    for (uint64_t i = 0; i < COPY_WORDS; i++) {
        buffer[i + COPY_WORDS] = buffer[COPY_WORDS * 2 + i] ^ i;
    }
}

static uint64_t narrow_updates(void) {
    uint8_t *bytes = (uint8_t *) buffer;
    uint16_t *halves = (uint16_t *) buffer;
    uint32_t *words = (uint32_t *) buffer;
    uint64_t sum = 0;
    for (uint64_t i = 0; i < BUFFER_BYTES; i += 61) {
        bytes[i] += (uint8_t) i;
        halves[i / 2] ^= (uint16_t) (i >> 3);
        words[i / 4] += (uint32_t) i;
        sum += bytes[i] + halves[i / 2] + words[i / 4];
    }
    return sum;
}

static uint64_t buffer_hash(void) {
    uint64_t hash = 0;
    for (uint64_t i = 0; i < WORDS; i++) {
        hash = (hash ^ buffer[i]) * 0x100000001b3ULL;
    }
    return hash;
}

int main(void) {
    println("memory workload");
    uint64_t checksum = 0;
    for (uint64_t round = 0; round < MEMORY_ROUNDS; round++) {
        fill(round);
        checksum += strided_reads();
        copy_blocks();
        checksum ^= narrow_updates();
        checksum += buffer_hash();
        link_nodes();
        checksum ^= chase(NODES * 4);
    }
    print_field("checksum ", checksum);
    return 0;
}
