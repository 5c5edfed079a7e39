#include "runtime.h"

#define UART_THR 0
#define UART_LSR 5
#define LSR_THR_EMPTY 0x20

void putchar_uart(char c) {
    volatile uint8_t *uart = (volatile uint8_t *) UART_BASE;
    while ((uart[UART_LSR] & LSR_THR_EMPTY) == 0) {
    }
    uart[UART_THR] = (uint8_t) c;
}

void print(const char *text) {
    while (*text) {
        putchar_uart(*text++);
    }
}

void println(const char *text) {
    print(text);
    putchar_uart('\n');
}

void print_udec(uint64_t value) {
    char digits[20];
    int count = 0;
    do {
        digits[count++] = (char) ('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (count > 0) {
        putchar_uart(digits[--count]);
    }
}

void print_dec(int64_t value) {
    if (value < 0) {
        putchar_uart('-');
        print_udec(-(uint64_t) value);
    } else {
        print_udec((uint64_t) value);
    }
}

void print_hex(uint64_t value) {
    print("0x");
    for (int shift = 60; shift >= 0; shift -= 4) {
        putchar_uart("0123456789abcdef"[(value >> shift) & 15]);
    }
}

void print_field(const char *label, uint64_t value) {
    print(label);
    print_hex(value);
    putchar_uart('\n');
}

uint64_t hash_mix(uint64_t hash, uint64_t value) {
    for (int i = 0; i < 8; i++) {
        hash ^= (value >> (8 * i)) & 0xff;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

uint64_t random_next(uint64_t *state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545f4914f6cdd1dULL;
}

static int failures;

void check(int ok, const char *what) {
    if (!ok) {
        failures++;
        print("CHECK FAILED: ");
        println(what);
    }
}

int check_failures(void) {
    return failures;
}

int finish(void) {
    if (failures == 0) {
        println("OK");
    } else {
        print("FAILED ");
        print_dec(failures);
        putchar_uart('\n');
    }
    return failures;
}

/* Called from crt0's default trap vector: any trap a guest did not ask for ends it with status 99. */
int runtime_unexpected_trap(void) {
    print("UNEXPECTED TRAP mcause=");
    print_hex(csr_read(mcause));
    print(" mepc=");
    print_hex(csr_read(mepc));
    print(" mtval=");
    print_hex(csr_read(mtval));
    putchar_uart('\n');
    return 99;
}

/* The compiler may emit calls to these two even in freestanding code; loop-idiom recognition is off
   here so they do not turn into calls to themselves. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *destination, int value, unsigned long length) {
    uint8_t *bytes = destination;
    for (unsigned long i = 0; i < length; i++) {
        bytes[i] = (uint8_t) value;
    }
    return destination;
}

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *destination, const void *source, unsigned long length) {
    uint8_t *to = destination;
    const uint8_t *from = source;
    for (unsigned long i = 0; i < length; i++) {
        to[i] = from[i];
    }
    return destination;
}

volatile struct trap_record trap_last;
extern char runtime_skip_vector[], runtime_trap_vector[];

void traps_skip(void) {
    csr_write(mtvec, (uint64_t) runtime_skip_vector);
}

void traps_fatal(void) {
    csr_write(mtvec, (uint64_t) runtime_trap_vector);
}

void traps_reset(void) {
    trap_last.cause = 0;
    trap_last.tval = 0;
    trap_last.epc = 0;
    trap_last.count = 0;
    trap_last.status = 0;
}
