/* RV64C: the assembly kernel in compressed.S runs every compressed instruction and stores what it
   computed; gcc's own compressed code does the rest. Also c.ebreak and the all-zero illegal halfword. */
#include "runtime.h"

uint64_t *compressed_kernel(uint64_t *results);
void compressed_ebreak(void);
void compressed_illegal(void);

static uint64_t results[64];

static void kernel_values(void) {
    uint64_t *end = compressed_kernel(results);
    for (uint64_t *value = results; value < end; value++) {
        print("c[");
        print_dec(value - results);
        print("] ");
        print_hex(*value);
        putchar_uart('\n');
    }
}

static void compressed_traps(void) {
    traps_skip();
    traps_reset();
    compressed_ebreak();
    print_field("c.ebreak cause ", trap_last.cause);
    check(trap_last.epc == (uint64_t) compressed_ebreak, "c.ebreak: mepc is its address");
    traps_reset();
    compressed_illegal();
    print_field("c.illegal cause ", trap_last.cause);
    print_field("c.illegal tval  ", trap_last.tval);
    check(trap_last.epc == (uint64_t) compressed_illegal, "illegal halfword: mepc is its address");
    traps_fatal();
}

int main(void) {
    println("compressed guest");
    kernel_values();
    compressed_traps();
    return finish();
}
