/* Machine-mode CSRs: identification registers, read/write/set/clear semantics on mscratch, and which bits
   of the writable control registers stick (WARL fields). */
#include "runtime.h"

static void identification(void) {
    print_field("misa      ", csr_read(misa));
    print_field("mhartid   ", csr_read(mhartid));
    print_field("mvendorid ", csr_read(mvendorid));
    /* marchid and mimpid are implementation-defined (QEMU puts its version there): read, not printed */
    (void) csr_read(marchid);
    (void) csr_read(mimpid);
    uint64_t misa = csr_read(misa);
    check(misa >> 62 == 2, "misa.MXL is 2 (XLEN 64)");
    for (const char *letter = "IMACSU"; *letter; letter++) {
        check((misa >> (*letter - 'A')) & 1, "misa has I, M, A, C, S and U");
    }
}

static void scratch_access(void) {
    uint64_t old;
    csr_write(mscratch, 0x0123456789abcdefULL);
    __asm__ volatile("csrrw %0, mscratch, %1" : "=r"(old) : "r"(0xfedcba9876543210ULL));
    check(old == 0x0123456789abcdefULL, "csrrw returns the old value");
    __asm__ volatile("csrrs %0, mscratch, %1" : "=r"(old) : "r"(0xfULL));
    check(old == 0xfedcba9876543210ULL, "csrrs returns the old value");
    __asm__ volatile("csrrc %0, mscratch, %1" : "=r"(old) : "r"(0xf0ULL));
    check(old == 0xfedcba987654321fULL, "csrrs sets bits");
    check(csr_read(mscratch) == 0xfedcba987654320fULL, "csrrc clears bits");
    __asm__ volatile("csrrwi %0, mscratch, 21" : "=r"(old));
    __asm__ volatile("csrrsi %0, mscratch, 10" : "=r"(old));
    check(old == 21, "csrrwi writes a zero-extended immediate");
    __asm__ volatile("csrrci %0, mscratch, 1" : "=r"(old));
    check(old == 31, "csrrsi sets immediate bits");
    check(csr_read(mscratch) == 30, "csrrci clears immediate bits");
    print_field("mscratch  ", csr_read(mscratch));
}

/* Writes all ones, prints which bits of `standard` stick, then writes zeros. Bits outside `standard` are
   reserved or belong to extensions this board lacks (QEMU keeps some of them writable anyway). */
static void writable_bits(const char *label, uint64_t (*swap)(uint64_t), uint64_t standard) {
    uint64_t saved = swap(~0ULL);
    uint64_t ones = swap(0);
    uint64_t zeros = swap(saved);
    print(label);
    print_hex(ones & standard);
    print(" ");
    print_hex(zeros & standard);
    putchar_uart('\n');
}

#define SWAPPER(name) \
    static uint64_t swap_##name(uint64_t value) { \
        uint64_t old; \
        __asm__ volatile("csrrw %0, " #name ", %1" : "=r"(old) : "r"(value) : "memory"); \
        return old; \
    }
SWAPPER(mcounteren)
SWAPPER(scounteren)
SWAPPER(medeleg)
SWAPPER(mideleg)
SWAPPER(mie)
SWAPPER(sscratch)
SWAPPER(sepc)
SWAPPER(mepc)

static void warl_fields(void) {
    writable_bits("mcounteren ", swap_mcounteren, 7); /* CY, TM, IR */
    writable_bits("scounteren ", swap_scounteren, 7);
    writable_bits("medeleg    ", swap_medeleg, 0xb3ff); /* causes 0-9, 12, 13, 15; 11 must read as zero but QEMU 7.2 keeps it */
    writable_bits("mideleg    ", swap_mideleg, 0xaaa); /* S and M software, timer, external */
    writable_bits("mie        ", swap_mie, 0xaaa);
    writable_bits("sscratch   ", swap_sscratch, ~0ULL);
    writable_bits("sepc       ", swap_sepc, ~1ULL); /* bit 0 is always zero */
    writable_bits("mepc       ", swap_mepc, ~1ULL);
    csr_write(mcounteren, 5);
    check(csr_read(mcounteren) == 5, "mcounteren keeps CY and IR");
    csr_write(mcounteren, 0);
}

/* the S-mode views of mstatus/mie/mip are restricted copies of the M-mode registers */
static void supervisor_views(void) {
    csr_write(mie, 0);
    csr_write(mideleg, 0x222);
    csr_write(sie, ~0ULL);
    print_field("mie after sie=~0 ", csr_read(mie));
    print_field("sie              ", csr_read(sie));
    csr_write(mideleg, 0);
    csr_write(mie, 0);
    uint64_t mstatus = csr_read(mstatus);
    csr_set(sstatus, 1ULL << 1 | 1ULL << 5 | 1ULL << 8 | 1ULL << 18 | 1ULL << 19);
    print_field("sstatus after set ", csr_read(sstatus) & 0x80000003000de133ULL);
    print_field("mstatus after set ", csr_read(mstatus) & 0x80000003000de1bbULL);
    csr_write(mstatus, mstatus);
    csr_set(mip, 1ULL << 1);
    print_field("sip, SSIP not delegated ", csr_read(sip));
    csr_write(mideleg, 0x222);
    print_field("sip, SSIP delegated     ", csr_read(sip));
    csr_clear(sip, 1ULL << 1);
    print_field("mip after sip clear     ", csr_read(mip) & 0x222); /* MTIP depends on the reset value of mtimecmp */
    csr_write(mideleg, 0);
}

static void mstatus_mpp(void) {
    /* 2 is reserved: WARL, so what it reads back is the implementation's choice and not printed */
    static const uint64_t modes[] = {0, 1, 3, 0};
    for (int i = 0; i < 4; i++) {
        uint64_t mode = modes[i];
        csr_clear(mstatus, 3ULL << 11);
        csr_set(mstatus, mode << 11);
        print("MPP write ");
        print_dec((int64_t) mode);
        print(" reads ");
        print_dec((int64_t) ((csr_read(mstatus) >> 11) & 3));
        putchar_uart('\n');
    }
    csr_set(mstatus, 3ULL << 11);
}

static void counters_advance(void) {
    uint64_t before = csr_read(instret);
    uint64_t cycles = csr_read(cycle);
    for (volatile int i = 0; i < 100; i++) {
    }
    /* how fast they advance is the implementation's (QEMU follows the host clock): only the direction */
    check(csr_read(instret) > before, "instret advances");
    check(csr_read(cycle) > cycles, "cycle advances");
    check(csr_read(minstret) > before, "minstret reads instret");
}

static void unknown_csr(void) {
    traps_skip();
    traps_reset();
    uint64_t value = 0x55;
    __asm__ volatile("csrr %0, 0x7ff" : "+r"(value));
    print_field("csrr 0x7ff cause ", trap_last.cause);
    print_field("csrr 0x7ff tval  ", trap_last.tval);
    traps_reset();
    __asm__ volatile("csrw mvendorid, %0" : : "r"(1ULL));
    print_field("csrw mvendorid cause ", trap_last.cause);
    print_field("csrw mvendorid tval  ", trap_last.tval);
    traps_fatal();
}

int main(void) {
    println("csr guest");
    identification();
    scratch_access();
    warl_fields();
    supervisor_views();
    mstatus_mpp();
    counters_advance();
    unknown_csr();
    return finish();
}
