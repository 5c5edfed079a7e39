/* When the UART's interrupt becomes pending at the PLIC, and when it stops being pending. Polled in M-mode
   (no interrupt is taken): each step prints the PLIC's pending word, MEIP and what a claim returns.
   On QEMU's virt board a source becomes pending each time its device (re)asserts its interrupt — the 16550
   does that at a THR write, an RBR read, an IER change, an FCR write and when input arrives, not at LSR or
   IIR reads — and stops being pending when the device lowers it; a completion alone makes nothing pending
   again, even while the device still holds its interrupt. xv6-riscv's 2022 UART driver relies on this: it
   never reads IIR, so the 16550 holds its "transmitter empty" interrupt for good once output stops.
   Printing writes THR, which itself makes the UART interrupt pending again, so every observation is
   recorded first and printed at the end, with the UART's interrupts disabled. */
#include "runtime.h"

#define UART_IRQ 10
#define PLIC_BASE 0x0c000000UL
#define PLIC_PRIORITY(source) (PLIC_BASE + 4 * (source))
#define PLIC_PENDING (PLIC_BASE + 0x1000)
#define PLIC_ENABLE (PLIC_BASE + 0x2000)
#define PLIC_THRESHOLD (PLIC_BASE + 0x200000)
#define PLIC_CLAIM (PLIC_BASE + 0x200004)
#define UART_THR 0
#define UART_IER 1
#define UART_IIR 2
#define UART_FCR 2
#define UART_MCR 4
#define UART_LSR 5
#define IER_RX 0x01
#define IER_THRE 0x02
#define FCR_ENABLE_AND_CLEAR 0x07
#define MCR_LOOPBACK 0x10
#define MIP_MEIP (1ULL << 11)

static volatile uint8_t *const uart = (volatile uint8_t *) UART_BASE;

static void write32(uint64_t address, uint32_t value) {
    *(volatile uint32_t *) address = value;
}

static uint32_t read32(uint64_t address) {
    return *(volatile uint32_t *) address;
}

#define MAX_RECORDS 64
static struct {
    const char *label;
    uint64_t value;
} records[MAX_RECORDS];
static int record_count;

static void record(const char *label, uint64_t value) {
    if (record_count < MAX_RECORDS) {
        records[record_count].label = label;
        records[record_count].value = value;
        record_count++;
    }
}

/* records the UART source's pending bit and MEIP as two decimal digits (11: both, 10: pending only, 0: neither), without claiming */
static void show(const char *step) {
    record(step, ((read32(PLIC_PENDING) >> UART_IRQ) & 1) * 10 + ((csr_read(mip) & MIP_MEIP) != 0));
}

static void print_records(void) {
    for (int i = 0; i < record_count; i++) {
        print(records[i].label);
        putchar_uart(' ');
        print_dec((int64_t) records[i].value);
        putchar_uart('\n');
    }
}

static uint32_t claim(void) {
    return read32(PLIC_CLAIM);
}

static void complete(uint32_t source) {
    write32(PLIC_CLAIM, source);
}

/* claims and completes at once, n times, as a handler that leaves the UART alone does; returns the claims */
static int claims_in_a_row(int n) {
    int got = 0;
    for (int i = 0; i < n; i++) {
        uint32_t source = claim();
        if (source != 0) {
            got++;
            complete(source);
        }
    }
    return got;
}

static void transmitter_empty(void) {
    uart[UART_IER] = IER_THRE;
    show("THRE enabled");
    uint32_t source = claim();
    check(source == UART_IRQ, "the first claim returns the UART");
    show("claimed");
    complete(source);
    show("completed, UART untouched");
    record("claim after complete", claim());
    (void) uart[UART_LSR];
    show("LSR read");
    uart[UART_THR] = 'T';
    show("THR written");
    record("IIR", uart[UART_IIR]);
    show("IIR read (THRE reported)");
    record("IIR again", uart[UART_IIR]);
}

/* xv6 2022: the handler reads LSR, has nothing to send, completes; the 16550 keeps THRE asserted */
static void xv6_2022_handler(void) {
    uart[UART_IER] = 0;
    uart[UART_IER] = IER_RX | IER_THRE;
    for (int round = 0; round < 3; round++) {
        uint32_t source = claim();
        (void) uart[UART_LSR];
        if (source != 0) {
            complete(source);
        }
        record("xv6-style round, claimed", source);
    }
    record("claims out of 5 more", (uint64_t) claims_in_a_row(5));
}

/* the device asserts again while the source is claimed: pending again, served after completion */
static void reasserted_while_claimed(void) {
    uart[UART_THR] = 'R';
    uint32_t source = claim();
    record("claimed", source);
    uart[UART_THR] = 'S';
    show("THR written while claimed");
    complete(source);
    record("claim after complete", claim());
    complete(UART_IRQ);
}

/* the device lowers its line before the claim: the request stays pending */
static void lowered_before_claim(void) {
    uart[UART_IER] = 0;
    uart[UART_IER] = IER_THRE;
    show("THRE enabled again");
    uart[UART_IER] = 0;
    show("interrupts disabled before the claim");
    uint32_t source = claim();
    record("claim", source);
    complete(source);
    show("completed");
}

/* a transmit FIFO reset (FCR bit 2) makes THRE pending again, as writing THR does */
static void fifo_reset(void) {
    uart[UART_IER] = IER_THRE;
    record("IIR", uart[UART_IIR]);
    record("IIR after reading it", uart[UART_IIR]);
    uart[UART_FCR] = FCR_ENABLE_AND_CLEAR;
    record("IIR after FCR write", uart[UART_IIR]);
    show("after FCR write");
    uart[UART_IER] = 0;
    record("claims after IER cleared", (uint64_t) claims_in_a_row(2));
}

/* loopback: received bytes; each RBR read that leaves data re-asserts the interrupt */
static void receive(void) {
    uart[UART_MCR] = MCR_LOOPBACK | 0x08;
    uart[UART_IER] = IER_RX;
    show("RX enabled, FIFO empty");
    uart[UART_THR] = 'a';
    uart[UART_THR] = 'b';
    show("two bytes looped back");
    for (int round = 0; round < 3; round++) {
        uint32_t source = claim();
        record("claimed", source);
        if (source == 0) {
            break;
        }
        record("read", uart[UART_THR]);
        show("after one RBR read");
        complete(source);
    }
    uart[UART_IER] = 0;
    uart[UART_MCR] = 0x08;
}

int main(void) {
    println("plic guest");
    write32(PLIC_PRIORITY(UART_IRQ), 1);
    write32(PLIC_ENABLE, 1 << UART_IRQ);
    write32(PLIC_THRESHOLD, 0);
    uart[UART_FCR] = FCR_ENABLE_AND_CLEAR;
    show("reset");
    transmitter_empty();
    xv6_2022_handler();
    reasserted_while_claimed();
    lowered_before_claim();
    fifo_reset();
    receive();
    uart[UART_IER] = 0;
    putchar_uart('\n');
    print_records();
    return finish();
}
