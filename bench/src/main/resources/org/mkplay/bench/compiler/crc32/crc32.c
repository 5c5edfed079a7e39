/* Table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of SIZE pseudo-random bytes,
 * 3 passes (twin of Crc32.java). */
#include "bench.h"
#ifndef SIZE
#define SIZE 400000
#endif

static signed char data[SIZE];
static unsigned t[256];

static void table(void) {
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[n] = c;
    }
}

int main(void) {
    unsigned seed = 1;
    for (int i = 0; i < SIZE; i++) {
        seed = seed * 1664525u + 1013904223u;
        data[i] = (signed char) (seed >> 24);
    }
    table();
    unsigned long combined = 0;
    for (int pass = 0; pass < 3; pass++) {
        unsigned crc = 0xFFFFFFFFu;
        for (int i = 0; i < SIZE; i++) crc = t[(crc ^ (unsigned) (int) data[i]) & 0xFF] ^ (crc >> 8);
        crc = ~crc;
        combined = combined * 1000003 + crc;
        data[pass] ^= (signed char) crc;
    }
    print_str("crc32 ");
    print_long(SIZE);
    print_str(" bytes: ");
    print_long((long) combined);
    print_char('\n');
    return 0;
}
