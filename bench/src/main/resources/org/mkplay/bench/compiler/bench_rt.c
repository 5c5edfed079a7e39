/* Freestanding runtime of the C twins: 16550 UART output, SiFive test finisher exit, and the
 * memset/memcpy that GCC may call for loops it recognises even with -ffreestanding. */
#include <stddef.h>
#include "bench.h"

#define UART_THR ((volatile unsigned char *) 0x10000000)
#define UART_LSR ((volatile unsigned char *) 0x10000005)
#define LSR_THR_EMPTY 0x20
#define FINISHER ((volatile unsigned int *) 0x100000)

void print_char(char c) {
    while ((*UART_LSR & LSR_THR_EMPTY) == 0) {
    }
    *UART_THR = (unsigned char) c;
}

void print_str(const char *s) {
    while (*s) print_char(*s++);
}

/* Decimal like Java's Long.toString, including the most negative value. */
void print_long(long v) {
    char digits[20];
    int n = 0;
    unsigned long magnitude = v < 0 ? -(unsigned long) v : (unsigned long) v;
    do {
        digits[n++] = (char) ('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (v < 0) print_char('-');
    while (n > 0) print_char(digits[--n]);
}

/* 0x5555 = pass, (status << 16) | 0x3333 = fail with status, as the Java runtime's rt_exit. */
void bench_exit(int status) {
    status &= 0xff;
    *FINISHER = status == 0 ? 0x5555 : ((unsigned) status << 16) | 0x3333;
    for (;;) __asm__ volatile("wfi");
}

/* Not compiled into a call to itself: GCC would otherwise recognise the loop as memset. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *dst, int value, size_t n) {
    unsigned char *d = dst;
    while (n--) *d++ = (unsigned char) value;
    return dst;
}

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--) *d++ = *s++;
    return dst;
}
