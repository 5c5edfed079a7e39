/* Privilege modes: M drops to S and U with mret, S to U with sret; which traps reach M and which S under
   medeleg/mideleg; what S and U may not do (M CSRs, xRET above their level, counters without
   mcounteren/scounteren, mstatus TSR/TVM/TW); how sstatus stacks SIE/SPIE/SPP. Every trap handler prints
   one line, then skips the trapping instruction. */
#include "modes.h"
#include "runtime.h"

#define CAUSE_ILLEGAL 2
#define CAUSE_BREAKPOINT 3
#define CAUSE_ECALL_U 8
#define MSTATUS_SIE (1ULL << 1)
#define MSTATUS_SPIE (1ULL << 5)
#define MSTATUS_SPP (1ULL << 8)
#define MSTATUS_TVM (1ULL << 20)
#define MSTATUS_TW (1ULL << 21)
#define MSTATUS_TSR (1ULL << 22)
#define INTERRUPT_SSI 1
#define INTERRUPT_MSI 3
#define CLINT_MSIP CLINT_BASE

static volatile uint64_t trap_count;

/* an ecall that is not run_in_mode's exit request */
#define PLAIN_ECALL() __asm__ volatile("li a7, 0\n ecall" : : : "a7", "memory")

void machine_trap(struct trap_frame *frame) {
    trap_count++;
    print_trap_frame("M", frame, (frame->status >> 11) & 3);
    if (frame->cause == (1ULL << 63 | INTERRUPT_MSI)) {
        *(volatile uint32_t *) CLINT_MSIP = 0;
    } else if ((int64_t) frame->cause >= 0) {
        frame->epc += instruction_length(frame->epc);
    }
}

void supervisor_trap(struct trap_frame *frame) {
    trap_count++;
    print_trap_frame("S", frame, (frame->status >> 8) & 1);
    print_field("  sstatus SIE/SPIE/SPP ", frame->status & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP));
    if (frame->cause == (1ULL << 63 | INTERRUPT_SSI)) {
        csr_clear(sip, 1ULL << INTERRUPT_SSI);
    } else if ((int64_t) frame->cause >= 0) {
        frame->epc += instruction_length(frame->epc);
    }
}

static void section(const char *title) {
    print("-- ");
    println(title);
}

/* each of these runs in S- or U-mode and provokes traps one after the other */
static uint64_t forbidden_in_s(uint64_t unused) {
    (void) unused;
    (void) csr_read(sstatus); /* fine */
    (void) csr_read(mstatus);
    csr_write(mscratch, 1);
    __asm__ volatile("mret");
    PLAIN_ECALL();
    return 0;
}

static uint64_t forbidden_in_u(uint64_t unused) {
    (void) unused;
    (void) csr_read(sstatus);
    csr_write(sscratch, 1);
    __asm__ volatile("sret");
    __asm__ volatile("wfi");
    __asm__ volatile("sfence.vma");
    __asm__ volatile("ebreak");
    PLAIN_ECALL();
    return 0;
}

#define READ_COUNTER(name) \
    static uint64_t read_##name(uint64_t unused) { \
        (void) unused; \
        uint64_t before = trap_count; \
        (void) csr_read(name); \
        return trap_count == before; \
    }
READ_COUNTER(cycle) READ_COUNTER(time) READ_COUNTER(instret)

static uint64_t value_in_mode(uint64_t value) {
    return value * 3 + 1;
}

static void lower_modes_return(void) {
    section("run_in_mode returns values");
    print_field("S: ", run_in_mode(MODE_S, value_in_mode, 5));
    print_field("U: ", run_in_mode(MODE_U, value_in_mode, 7));
}

static void nothing_delegated(void) {
    section("nothing delegated: every trap goes to M");
    csr_write(medeleg, 0);
    csr_write(mideleg, 0);
    run_in_mode(MODE_S, forbidden_in_s, 0);
    run_in_mode(MODE_U, forbidden_in_u, 0);
}

static void delegated(void) {
    section("illegal instruction, breakpoint and U ecall delegated to S");
    csr_write(medeleg, 1 << CAUSE_ILLEGAL | 1 << CAUSE_BREAKPOINT | 1 << CAUSE_ECALL_U);
    run_in_mode(MODE_S, forbidden_in_s, 0);
    run_in_mode(MODE_U, forbidden_in_u, 0);
}

static void counter_access(void) {
    static const uint64_t enables[][2] = {{0, 0}, {7, 0}, {7, 7}, {5, 2}};
    for (unsigned i = 0; i < sizeof enables / sizeof enables[0]; i++) {
        csr_write(mcounteren, enables[i][0]);
        csr_write(scounteren, enables[i][1]);
        print("-- mcounteren ");
        print_dec((int64_t) enables[i][0]);
        print(" scounteren ");
        print_dec((int64_t) enables[i][1]);
        putchar_uart('\n');
        uint64_t s = run_in_mode(MODE_S, read_cycle, 0) | run_in_mode(MODE_S, read_time, 0) << 1
                | run_in_mode(MODE_S, read_instret, 0) << 2;
        uint64_t u = run_in_mode(MODE_U, read_cycle, 0) | run_in_mode(MODE_U, read_time, 0) << 1
                | run_in_mode(MODE_U, read_instret, 0) << 2;
        print_field("readable in S (CY TM IR) ", s);
        print_field("readable in U (CY TM IR) ", u);
    }
    csr_write(mcounteren, 0);
    csr_write(scounteren, 0);
}

static uint64_t trapped_in_s(uint64_t unused) {
    (void) unused;
    (void) csr_read(satp);
    __asm__ volatile("sfence.vma");
    __asm__ volatile("wfi");
    __asm__ volatile("la t0, 1f\n csrw sepc, t0\n sret\n 1:" : : : "t0");
    return 0;
}

static void status_traps(void) {
    section("mstatus TVM, TW and TSR set");
    csr_write(medeleg, 0);
    csr_set(mstatus, MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR);
    run_in_mode(MODE_S, trapped_in_s, 0);
    csr_clear(mstatus, MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR);
}

/* a pending and enabled interrupt ends wfi even when the mode's global enable bit is clear */
static uint64_t wait_for_pending(uint64_t unused) {
    (void) unused;
    csr_clear(sstatus, MSTATUS_SIE);
    __asm__ volatile("wfi");
    return csr_read(sip) & (1ULL << INTERRUPT_SSI);
}

/* sret from S to U with SPP = 0, then U ecalls: the delegated trap stacks SIE into SPIE */
static uint64_t sret_to_user(uint64_t unused) {
    (void) unused;
    csr_set(sstatus, MSTATUS_SIE);
    csr_clear(sstatus, MSTATUS_SPP);
    csr_set(sstatus, MSTATUS_SPIE);
    __asm__ volatile("la t0, 1f\n csrw sepc, t0\n sret\n 1: li a7, 0\n ecall" : : : "t0", "a7");
    return 0;
}

static void interrupts(void) {
    section("supervisor software interrupt delegated, taken in U and S");
    csr_write(mideleg, 1 << INTERRUPT_SSI);
    csr_write(mie, 1 << INTERRUPT_SSI);
    csr_clear(mstatus, MSTATUS_SIE);
    csr_set(mip, 1 << INTERRUPT_SSI);
    run_in_mode(MODE_U, value_in_mode, 0); /* taken at once in U: S interrupts are always on there */
    csr_set(mip, 1 << INTERRUPT_SSI);
    print_field("wfi with SIE clear returns, SSIP ", run_in_mode(MODE_S, wait_for_pending, 0));
    csr_clear(mip, 1 << INTERRUPT_SSI);
    section("machine software interrupt through the CLINT, taken in S");
    csr_write(mie, 1 << INTERRUPT_MSI);
    *(volatile uint32_t *) CLINT_MSIP = 1;
    run_in_mode(MODE_S, value_in_mode, 0); /* M interrupts are always on below M */
    csr_write(mie, 0);
    csr_write(mideleg, 0);
    section("sret to U, U ecall delegated to S");
    csr_write(medeleg, 1 << CAUSE_ECALL_U);
    run_in_mode(MODE_S, sret_to_user, 0);
    csr_write(medeleg, 0);
}

int main(void) {
    println("privilege guest");
    modes_init();
    lower_modes_return();
    nothing_delegated();
    delegated();
    counter_access();
    status_traps();
    interrupts();
    return finish();
}
