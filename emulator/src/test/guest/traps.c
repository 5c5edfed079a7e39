/* Synchronous traps taken in M-mode: ecall, ebreak, illegal instructions (mtval holds the instruction),
   access faults on fetch, load and store, how mstatus stacks MIE/MPIE/MPP, and mret. */
#include "runtime.h"

extern char return_vector[];
int jump_to_odd_address(void);
void illegal_slliw_shamt5(void);
void illegal_load_funct3(void);
void illegal_float(void);
void illegal_all_ones(void);
void illegal_amo_funct5(void);

/* nothing answers here on the virt board (below the boot ROM, and just past 128 MiB of RAM) */
#define UNMAPPED_LOW 0x0UL
#define PAST_RAM 0x88000000UL

#define MSTATUS_MIE (1ULL << 3)
#define MSTATUS_MPIE (1ULL << 7)
#define MSTATUS_MPP (3ULL << 11)

static void print_trap(const char *what, uint64_t expected_epc) {
    print(what);
    print(": cause ");
    print_dec((int64_t) trap_last.cause);
    print(" tval ");
    print_hex(trap_last.tval);
    print(expected_epc == trap_last.epc ? " epc ok\n" : " epc WRONG\n");
    check(trap_last.count == 1, "exactly one trap");
}

static void environment_calls(void) {
    uint64_t ecall_address, ebreak_address;
    traps_reset();
    __asm__ volatile("la %0, 1f\n 1: ecall" : "=r"(ecall_address) : : "memory");
    print_trap("ecall", ecall_address);
    traps_reset();
    __asm__ volatile(".option push\n .option norvc\n la %0, 1f\n 1: ebreak\n .option pop"
            : "=r"(ebreak_address) : : "memory");
    /* mtval for ebreak may be 0 or the pc: printed as the comparison only */
    print("ebreak: cause ");
    print_dec((int64_t) trap_last.cause);
    print(trap_last.epc == ebreak_address ? " epc ok\n" : " epc WRONG\n");
    print(trap_last.tval == 0 ? "ebreak tval 0\n" : trap_last.tval == ebreak_address ? "ebreak tval pc\n"
            : "ebreak tval other\n");
}

static void illegal_instructions(void) {
    static const struct {
        const char *name;
        void (*code)(void);
    } cases[] = {
        {"slliw shamt 32", illegal_slliw_shamt5}, {"load funct3 7", illegal_load_funct3},
        {"fadd.s", illegal_float}, {"all ones", illegal_all_ones}, {"amo funct5 14", illegal_amo_funct5},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        traps_reset();
        cases[i].code();
        print_trap(cases[i].name, (uint64_t) cases[i].code);
    }
}

/* in assembly, because C may treat a load from address 0 as unreachable */
static void load_word(uint64_t address, uint64_t *epc) {
    __asm__ volatile("la %0, 1f\n 1: lw zero, 0(%1)" : "=&r"(*epc) : "r"(address) : "memory");
}

static void store_byte(uint64_t address, uint64_t *epc) {
    __asm__ volatile("la %0, 1f\n 1: sb zero, 0(%1)" : "=&r"(*epc) : "r"(address) : "memory");
}

static void call_address(uint64_t address) {
    __asm__ volatile("jalr %0" : : "r"(address) : "ra", "memory");
}

static void access_faults(void) {
    uint64_t epc;
    traps_reset();
    load_word(PAST_RAM, &epc);
    print_trap("load past RAM", epc);
    traps_reset();
    load_word(UNMAPPED_LOW, &epc);
    print_trap("load at 0", epc);
    traps_reset();
    store_byte(PAST_RAM, &epc);
    print_trap("store past RAM", epc);
    csr_write(mtvec, (uint64_t) return_vector);
    traps_reset();
    call_address(PAST_RAM);
    print_trap("fetch past RAM", PAST_RAM);
    traps_reset();
    call_address(UNMAPPED_LOW);
    print_trap("fetch at 0", UNMAPPED_LOW);
    traps_skip();
}

#define STACK_BITS (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)

static void status_stacking(void) {
    csr_clear(mstatus, STACK_BITS);
    csr_set(mstatus, MSTATUS_MIE); /* nothing is enabled in mie, so no interrupt is taken */
    traps_reset();
    __asm__ volatile("ecall" : : : "memory");
    /* taking the trap: MPIE = MIE, MIE = 0, MPP = M; the handler's mret then leaves MPP = U */
    print_field("mstatus in the handler (MIE, MPIE, MPP) ", trap_last.status & STACK_BITS);
    print_field("mstatus after its mret                  ", csr_read(mstatus) & STACK_BITS);
    /* mret to the next instruction with MPP = M, MPIE = 0 */
    csr_clear(mstatus, STACK_BITS);
    csr_set(mstatus, MSTATUS_MPP | MSTATUS_MIE);
    __asm__ volatile("la t0, 1f\n csrw mepc, t0\n mret\n 1:" : : : "t0", "memory");
    print_field("mstatus after mret to M                 ", csr_read(mstatus) & STACK_BITS);
    check(trap_last.count == 1, "mret to M-mode does not trap");
    csr_clear(mstatus, MSTATUS_MIE);
}

static void odd_jump(void) {
    print("jalr to an odd address returns ");
    print_dec(jump_to_odd_address());
    putchar_uart('\n');
}

int main(void) {
    println("traps guest");
    traps_skip();
    environment_calls();
    illegal_instructions();
    access_faults();
    status_stacking();
    odd_jump();
    traps_fatal();
    return finish();
}
