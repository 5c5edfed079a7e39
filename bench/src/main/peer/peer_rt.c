/* Runtime of the peer benchmark images (scripts/peer-tinyemu): the compiler benchmark's C twins, unchanged
 * (compiled with -Dmain=workload_main), in one image that runs on our emulator, QEMU virt and TinyEMU.
 *
 * The output of the twin goes to a buffer while it runs, so the code between the two reads of minstret is the
 * same on every machine and so must retire the same number of instructions on each; then the buffer, that count
 * and the total so far leave through the machine's own console, and the machine powers off:
 *   - QEMU virt and ours: 16550 UART at 0x1000_0000, SiFive test finisher at 0x10_0000;
 *   - TinyEMU: the HTIF tohost register at 0x4000_8000 (device 1 command 1 writes a byte to its console; the
 *     value 1 powers it off). TinyEMU's hart has the F and D extensions, which misa reports; ours and QEMU's
 *     pinned hart (rv64imac) do not, so misa tells the machines apart. */
#include <stddef.h>
#include <stdint.h>
#include "bench.h"

int workload_main(void);

#define UART_THR ((volatile uint8_t *) 0x10000000)
#define UART_LSR ((volatile uint8_t *) 0x10000005)
#define LSR_THR_EMPTY 0x20
#define FINISHER ((volatile uint32_t *) 0x100000)
#define HTIF_TOHOST ((volatile uint32_t *) 0x40008000)
#define HTIF_CONSOLE_PUTCHAR ((1u << 24) | (1u << 16)) /* device 1, command 1: the upper word of tohost */
#define MISA_D (1ul << ('D' - 'A'))

static char buffer[256];
static unsigned buffered;

static uint64_t minstret(void) {
    uint64_t value;
    __asm__ volatile("csrr %0, minstret" : "=r"(value));
    return value;
}

static int on_tinyemu(void) {
    uint64_t misa;
    __asm__ volatile("csrr %0, misa" : "=r"(misa));
    return (misa & MISA_D) != 0;
}

/* Writes the low word first: TinyEMU acts on the write of the upper word. */
static void console_put(char c) {
    if (on_tinyemu()) {
        HTIF_TOHOST[0] = (uint8_t) c;
        HTIF_TOHOST[1] = HTIF_CONSOLE_PUTCHAR;
        return;
    }
    while ((*UART_LSR & LSR_THR_EMPTY) == 0) {
    }
    *UART_THR = (uint8_t) c;
}

static void console_str(const char *s) {
    while (*s) console_put(*s++);
}

static void console_unsigned(uint64_t value) {
    char digits[20];
    int n = 0;
    do {
        digits[n++] = (char) ('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0) console_put(digits[--n]);
}

/* The twin's output: kept until the measured region is over (the rest is dropped past the buffer's end). */
void print_char(char c) {
    if (buffered < sizeof buffer) buffer[buffered++] = c;
}

void print_str(const char *s) {
    while (*s) print_char(*s++);
}

/* Decimal, as the compiler benchmark's runtime prints it (Java's Long.toString). */
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

int main(void) {
    uint64_t before = minstret();
    int status = workload_main();
    uint64_t after = minstret();
    for (unsigned i = 0; i < buffered; i++) console_put(buffer[i]);
    console_str("workload instructions ");
    console_unsigned(after - before);
    console_str("\nminstret at exit ");
    console_unsigned(minstret());
    console_put('\n');
    return status;
}

/* A failure prints its status (TinyEMU's HTIF powers off with status 0 only), then powers off. */
void bench_exit(int status) {
    status &= 0xff;
    if (status != 0) {
        console_str("exit status ");
        console_unsigned((uint64_t) status);
        console_put('\n');
    }
    if (on_tinyemu()) {
        HTIF_TOHOST[0] = 1;
        HTIF_TOHOST[1] = 0;
    } else {
        *FINISHER = status == 0 ? 0x5555 : ((unsigned) status << 16) | 0x3333;
    }
    for (;;) __asm__ volatile("wfi");
}

/* GCC may call these for loops it recognises even with -ffreestanding; not compiled into calls to themselves. */
__attribute__((optimize("no-tree-loop-distribute-patterns"))) void *memset(void *dst, int value, size_t n) {
    unsigned char *d = dst;
    while (n--) *d++ = (unsigned char) value;
    return dst;
}

__attribute__((optimize("no-tree-loop-distribute-patterns"))) void *memcpy(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--) *d++ = *s++;
    return dst;
}
