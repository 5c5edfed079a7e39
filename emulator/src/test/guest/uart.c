/* UART output: every byte value 0..255 goes out unchanged (no newline translation), a few KiB in a burst,
   and the line status and scratch registers as a polling driver sees them. */
#include "runtime.h"

#define UART_SCR 7
#define UART_LSR 5
#define LSR_IDLE 0x60 /* transmitter holding register and shift register empty */

static void every_byte_value(void) {
    println("all byte values:");
    for (int value = 0; value < 256; value++) {
        putchar_uart((char) value);
    }
    putchar_uart('\n');
}

static void burst(void) {
    uint64_t hash = HASH_INIT;
    for (int line = 0; line < 64; line++) {
        for (int column = 0; column < 63; column++) {
            char c = (char) ('!' + (line * 7 + column * 13) % 94);
            hash = hash_mix(hash, (uint8_t) c);
            putchar_uart(c);
        }
        putchar_uart('\n');
    }
    print_field("burst hash ", hash);
}

static void registers(void) {
    volatile uint8_t *uart = (volatile uint8_t *) UART_BASE;
    uart[UART_SCR] = 0xa5;
    print_field("scratch ", uart[UART_SCR]);
    check((uart[UART_LSR] & LSR_IDLE) == LSR_IDLE, "the transmitter is idle between bytes");
    print_field("line status (THRE, TEMT) ", uart[UART_LSR] & LSR_IDLE);
}

int main(void) {
    println("uart guest");
    every_byte_value();
    burst();
    registers();
    print("carriage\rreturn and tab\tend\r\n");
    return finish();
}
