/* External interrupts: the UART's transmitter-empty interrupt through the PLIC to M (MEIP) and, with
   mideleg, to S (SEIP); priority threshold, claim and complete; and a string sent one character per
   interrupt. Each handler silences the UART before it completes the claim. */
#include "modes.h"
#include "runtime.h"

#define INTERRUPT 0x8000000000000000ULL
#define IRQ_S_EXTERNAL 9
#define IRQ_M_EXTERNAL 11
#define UART_IRQ 10
#define PLIC_BASE 0x0c000000UL
#define PLIC_PRIORITY(source) (PLIC_BASE + 4 * (source))
#define PLIC_ENABLE(context) (PLIC_BASE + 0x2000 + 0x80 * (context))
#define PLIC_THRESHOLD(context) (PLIC_BASE + 0x200000 + 0x1000 * (context))
#define PLIC_CLAIM(context) (PLIC_BASE + 0x200004 + 0x1000 * (context))
#define CONTEXT_M 0
#define CONTEXT_S 1
#define UART_IER 1
#define UART_IIR 2
#define IER_THRE 0x02
#define MSTATUS_MIE (1ULL << 3)
#define MSTATUS_SIE (1ULL << 1)

static volatile uint8_t *const uart = (volatile uint8_t *) UART_BASE;
static const char *volatile message;
static volatile uint64_t handled;

static void write32(uint64_t address, uint32_t value) {
    *(volatile uint32_t *) address = value;
}

static uint32_t read32(uint64_t address) {
    return *(volatile uint32_t *) address;
}

/* one interrupt: claim, look at the UART, send the next character or silence it, complete */
static void serve(const char *who, int context) {
    uint32_t source = read32(PLIC_CLAIM(context));
    uint8_t identification = uart[UART_IIR] & 0x0f;
    handled++;
    if (message != 0 && *message != 0) {
        putchar_uart(*message++);
    } else {
        uart[UART_IER] = 0;
        print(who);
        print(" claimed source ");
        print_dec(source);
        print(", IIR ");
        print_hex(identification);
        putchar_uart('\n');
    }
    write32(PLIC_CLAIM(context), source);
}

void machine_trap(struct trap_frame *frame) {
    if (frame->cause != (INTERRUPT | IRQ_M_EXTERNAL)) {
        print_trap_frame("unexpected M", frame, (frame->status >> 11) & 3);
        exit(3);
    }
    serve("M", CONTEXT_M);
}

void supervisor_trap(struct trap_frame *frame) {
    if (frame->cause != (INTERRUPT | IRQ_S_EXTERNAL)) {
        print_trap_frame("unexpected S", frame, (frame->status >> 8) & 1);
        exit(4);
    }
    serve("S", CONTEXT_S);
}

static void threshold(void) {
    write32(PLIC_PRIORITY(UART_IRQ), 1);
    write32(PLIC_ENABLE(CONTEXT_M), 1 << UART_IRQ);
    write32(PLIC_THRESHOLD(CONTEXT_M), 1);
    uart[UART_IER] = IER_THRE;
    print_field("MEIP, priority 1 not above threshold 1 ", csr_read(mip) & (1ULL << IRQ_M_EXTERNAL));
    print_field("claim then ", read32(PLIC_CLAIM(CONTEXT_M)));
    write32(PLIC_THRESHOLD(CONTEXT_M), 0);
    print_field("MEIP, threshold 0 ", csr_read(mip) & (1ULL << IRQ_M_EXTERNAL));
    print_field("SEIP, S context not enabled ", csr_read(mip) & (1ULL << IRQ_S_EXTERNAL));
}

static void machine_interrupt(void) {
    handled = 0;
    csr_write(mie, 1ULL << IRQ_M_EXTERNAL);
    csr_set(mstatus, MSTATUS_MIE);
    while (handled == 0) {
    }
    csr_clear(mstatus, MSTATUS_MIE);
}

static void interrupt_driven_output(void) {
    message = "sent one character per interrupt\n";
    uart[UART_IER] = IER_THRE;
    csr_set(mstatus, MSTATUS_MIE);
    while (uart[UART_IER] != 0) {
    }
    csr_clear(mstatus, MSTATUS_MIE);
    message = 0;
    print("interrupts taken ");
    print_dec((int64_t) handled);
    putchar_uart('\n');
}

static uint64_t wait_in_supervisor(uint64_t unused) {
    (void) unused;
    csr_set(sie, 1ULL << IRQ_S_EXTERNAL);
    csr_set(sstatus, MSTATUS_SIE);
    while (handled == 0) {
        __asm__ volatile("wfi");
    }
    csr_clear(sstatus, MSTATUS_SIE);
    return handled;
}

static void supervisor_interrupt(void) {
    write32(PLIC_ENABLE(CONTEXT_M), 0);
    write32(PLIC_ENABLE(CONTEXT_S), 1 << UART_IRQ);
    write32(PLIC_THRESHOLD(CONTEXT_S), 0);
    csr_write(mideleg, 1ULL << IRQ_S_EXTERNAL);
    csr_write(mie, 1ULL << IRQ_S_EXTERNAL);
    handled = 0;
    uart[UART_IER] = IER_THRE;
    print_field("SEIP ", csr_read(mip) & (1ULL << IRQ_S_EXTERNAL));
    print_field("S handled ", run_in_mode(MODE_S, wait_in_supervisor, 0));
    print_field("SEIP after ", csr_read(mip) & (1ULL << IRQ_S_EXTERNAL));
    csr_write(mideleg, 0);
    csr_write(mie, 0);
}

int main(void) {
    println("external guest");
    modes_init();
    threshold();
    machine_interrupt();
    interrupt_driven_output();
    supervisor_interrupt();
    return finish();
}
