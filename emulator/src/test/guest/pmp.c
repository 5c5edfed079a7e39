/* Physical memory protection: the PMP CSRs as software reads them back, and which accesses each kind of
   entry (TOR, NA4, NAPOT; locked or not) lets through in M, S and U mode. Data accesses are made from M-mode
   with mstatus.MPRV, so that they are checked at MPP's privilege while the guest's own code keeps running;
   instruction fetches run in S- and U-mode proper. A denied access is an access fault with tval = the
   address. Entry 7 covers everything (RWX) unless a test says otherwise, so that lower modes can run. */
#include "modes.h"
#include "runtime.h"

#define MSTATUS_MPRV (1ULL << 17)
#define MSTATUS_MPP (3ULL << 11)
#define R 0x01
#define W 0x02
#define X 0x04
#define A_TOR 0x08
#define A_NA4 0x10
#define A_NAPOT 0x18
#define L 0x80
#define BACKGROUND 7

static uint8_t region[4 * 4096] __attribute__((aligned(4096)));

#define STR_(x) #x
#define STR(x) STR_(x)
#define csr_try_read(name) ({ traps_reset(); uint64_t v_ = csr_read(name); trap_last.count ? 0xdeadULL : v_; })

static void set_address(int index, uint64_t value) {
    switch (index) {
        case 0: csr_write(pmpaddr0, value); break;
        case 1: csr_write(pmpaddr1, value); break;
        case 2: csr_write(pmpaddr2, value); break;
        case 3: csr_write(pmpaddr3, value); break;
        default: csr_write(pmpaddr7, value); break;
    }
}

static uint64_t get_address(int index) {
    switch (index) {
        case 0: return csr_read(pmpaddr0);
        case 1: return csr_read(pmpaddr1);
        case 2: return csr_read(pmpaddr2);
        default: return csr_read(pmpaddr3);
    }
}

static void set_config(int index, uint64_t config) {
    uint64_t all = csr_read(pmpcfg0);
    all = (all & ~(0xffULL << (8 * index))) | (config << (8 * index));
    csr_write(pmpcfg0, all);
}

static void entry(int index, uint64_t config, uint64_t address) {
    set_config(index, 0);
    set_address(index, address);
    set_config(index, config);
}

/* entries 0..6 off, entry 7 everything RWX (or off) */
static void reset_entries(int background) {
    csr_write(pmpcfg0, 0);
    csr_write(pmpaddr7, -1ULL);
    if (background) {
        set_config(BACKGROUND, A_NAPOT | R | W | X);
    }
}

static uint64_t napot(uint64_t base, uint64_t size) {
    return (base >> 2) | ((size >> 3) - 1);
}

/* one data access at privilege mode (3 = M without MPRV); prints "ok" or the fault */
static void report(const char *label, int mode, uint64_t address) {
    print("  ");
    print(label);
    print(mode == 3 ? " M" : mode == 1 ? " S" : " U");
    print(" +0x");
    uint64_t offset = address - (uint64_t) region;
    const char *hex = "0123456789abcdef";
    for (int shift = 12; shift >= 0; shift -= 4) {
        putchar_uart(hex[(offset >> shift) & 15]);
    }
    if (trap_last.count == 0) {
        print(": ok\n");
    } else {
        print(": fault ");
        print_dec((int64_t) trap_last.cause);
        print(trap_last.tval == address ? " at the address\n" : " elsewhere\n");
    }
    traps_reset();
}

/* Defines fn(mode, address): one data access, "mnemonic operands" (%[v] the value register, starting at initial;
   %[a] the address), at privilege mode (3 = M without MPRV, otherwise through MPRV with MPP = mode), then its report. */
#define ACCESSOR(fn, mnemonic, operands, initial)                                                                \
    static void fn(int mode, uint64_t address) {                                                                 \
        uint64_t value = (initial);                                                                              \
        uint64_t bits_ = mode == 3 ? 0 : MSTATUS_MPRV | ((uint64_t) mode << 11);                                 \
        traps_reset();                                                                                           \
        __asm__ volatile("csrc mstatus, %[mpp]\n csrs mstatus, %[bits]\n " mnemonic " " operands                 \
                         "\n csrc mstatus, %[mprv]"                                                              \
                         : [v] "+r"(value)                                                                       \
                         : [a] "r"(address), [bits] "r"(bits_), [mpp] "r"(MSTATUS_MPP),                        \
                           [mprv] "r"(MSTATUS_MPRV)                                                              \
                         : "memory");                                                                            \
        report(mnemonic, mode, address);                                                                         \
    }

ACCESSOR(load8, "ld", "%[v], 0(%[a])", 0)
ACCESSOR(load4, "lw", "%[v], 0(%[a])", 0)
ACCESSOR(load1, "lbu", "%[v], 0(%[a])", 0)
ACCESSOR(store4, "sw", "%[v], 0(%[a])", 0x5a)
ACCESSOR(store8, "sd", "%[v], 0(%[a])", 0x5a)
ACCESSOR(amo, "amoadd.w", "%[v], %[v], (%[a])", 1)

static void registers(void) {
    println("registers");
    csr_write(pmpcfg0, 0x1f1e1d1c1b1a1918ULL & 0x7f7f7f7f7f7f7f7fULL);
    print_field("  pmpcfg0 ", csr_read(pmpcfg0));
    csr_write(pmpcfg0, 0x6f02);
    print_field("  pmpcfg0, W without R and reserved bits ", csr_read(pmpcfg0));
    csr_write(pmpcfg0, 0);
    csr_write(pmpcfg2, 0x0f0e0d0c0b0a0908ULL);
    print_field("  pmpcfg2 ", csr_try_read(pmpcfg2));
    csr_write(pmpcfg2, 0);
    print_field("  pmpcfg1 ", csr_try_read(pmpcfg1));
    print_field("  pmpcfg4 ", csr_try_read(pmpcfg4));
    print_field("  pmpcfg14 ", csr_try_read(pmpcfg14));
    csr_write(pmpaddr0, -1ULL);
    print_field("  pmpaddr0 after -1 ", csr_read(pmpaddr0));
    csr_write(pmpaddr0, 0);
    print_field("  pmpaddr15 ", csr_try_read(pmpaddr15));
    print_field("  pmpaddr16 ", csr_try_read(pmpaddr16));
    print_field("  pmpaddr63 ", csr_try_read(pmpaddr63));
}

static void no_entries(void) {
    println("no entry active");
    reset_entries(0);
    uint64_t a = (uint64_t) region;
    load4(3, a);
    store4(3, a);
    load4(1, a);
    store4(1, a);
    load4(0, a);
    println("everything RWX");
    reset_entries(1);
    load4(1, a);
    store4(0, a);
}

static void na4(void) {
    println("NA4 +0x100, R");
    reset_entries(1);
    uint64_t a = (uint64_t) region + 0x100;
    entry(0, A_NA4 | R, a >> 2);
    load4(1, a);
    store4(1, a);
    amo(1, a);
    load4(0, a);
    store4(0, a);
    load1(1, a + 3);
    load8(1, a);
    load8(1, a - 4);
    load4(1, a - 4);
    store4(1, a + 4);
    store4(3, a);
    load8(3, a);
}

static void napot_entries(void) {
    println("NAPOT 4 KiB at +0x1000, none, after a permitted access");
    reset_entries(1);
    uint64_t a = (uint64_t) region + 0x1000;
    load4(1, a + 0x10);
    store4(1, a + 0x10);
    entry(0, A_NAPOT, napot(a, 0x1000));
    load4(1, a + 0x10);
    store4(1, a + 0x10);
    load4(0, a + 0xffc);
    load4(1, a + 0x1000);
    load4(3, a + 0x10);
    println("  now R");
    entry(0, A_NAPOT | R, napot(a, 0x1000));
    load4(1, a + 0x10);
    store4(1, a + 0x10);
    println("NAPOT 8 and 16 bytes at +0x1100, RW, under a NAPOT 256 bytes, R");
    entry(0, A_NAPOT | R | W, napot(a + 0x100, 8));
    entry(1, A_NAPOT | R | W, napot(a + 0x110, 16));
    entry(2, A_NAPOT | R, napot(a + 0x100, 256));
    store4(1, a + 0x104);
    store4(1, a + 0x108);
    store8(1, a + 0x110);
    store8(1, a + 0x118);
    store4(1, a + 0x120);
    store4(1, a + 0x1fc);
    store4(1, a + 0x200);
    print_field("  pmpaddr0 ", get_address(0));
    print_field("  pmpaddr1 ", get_address(1));
}

static void tor(void) {
    println("TOR +0x2000..+0x2800, R");
    reset_entries(1);
    uint64_t a = (uint64_t) region + 0x2000;
    entry(0, 0, a >> 2);
    entry(1, A_TOR | R, (a + 0x800) >> 2);
    load4(1, a);
    store4(1, a);
    store4(1, a + 0x7fc);
    store4(1, a + 0x800);
    store4(1, a - 4);
    load8(1, a + 0x7fc);
    println("TOR with the bounds reversed");
    entry(0, 0, (a + 0x800) >> 2);
    entry(1, A_TOR, a >> 2);
    store4(1, a);
    println("TOR in entry 0 starts at 0");
    reset_entries(1);
    entry(0, A_TOR | R, (uint64_t) region >> 2);
    store4(1, a);
    store4(1, (uint64_t) region - 4);
    println("TOR in entry 0 with pmpaddr0 = 0");
    entry(0, A_TOR | R, 0);
    store4(1, a);
    println("no background, TOR in entry 0 up to the region, RWX");
    csr_write(pmpcfg0, 0);
    entry(0, A_TOR | R | W | X, (uint64_t) region >> 2);
    load4(1, a);
    load4(1, (uint64_t) region - 4);
}

/* instruction fetch in S and U: a ret placed in the region, called from the lower mode */
static volatile uint64_t fetch_faults, fetch_cause, fetch_tval;

void machine_trap(struct trap_frame *frame) {
    if (frame->cause != 1) {
        print_trap_frame("unexpected M", frame, (frame->status >> 11) & 3);
        exit(3);
    }
    fetch_faults++;
    fetch_cause = frame->cause;
    fetch_tval = frame->tval;
    frame->epc = frame->x[REG_RA];
}

static uint64_t call_region(uint64_t address) {
    ((void (*)(void)) address)();
    return 7;
}

static void fetch(int mode, uint64_t address) {
    fetch_faults = 0;
    uint64_t result = run_in_mode(mode, call_region, address);
    print(mode == 1 ? "  fetch S: " : "  fetch U: ");
    if (fetch_faults == 0) {
        print("ok");
    } else {
        print("fault ");
        print_dec((int64_t) fetch_cause);
        print(fetch_tval == address ? " at the address" : " elsewhere");
    }
    print(", returned ");
    print_dec((int64_t) result);
    putchar_uart('\n');
}

static void fetches(void) {
    println("fetch from NAPOT 4 KiB at +0x3000");
    reset_entries(1);
    uint64_t a = (uint64_t) region + 0x3000;
    *(volatile uint32_t *) a = 0x00008067; /* ret */
    *(volatile uint32_t *) (a + 0x800) = 0x00008067;
    __asm__ volatile("fence.i" ::: "memory");
    modes_init();
    fetch(1, a);
    entry(0, A_NAPOT | R | W, napot(a, 0x1000));
    fetch(1, a);
    fetch(0, a);
    entry(0, A_NAPOT | R | X, napot(a, 0x1000));
    fetch(1, a);
    fetch(0, a);
    println("  X on the first half only (NAPOT 2 KiB)");
    entry(0, A_NAPOT | R | X, napot(a, 0x800));
    fetch(1, a);
    fetch(1, a + 0x800);
    traps_skip();
}

static void locked(void) {
    println("locked NAPOT 4 KiB at +0x3000, R");
    reset_entries(1);
    uint64_t a = (uint64_t) region + 0x3000;
    entry(0, A_NAPOT | R | L, napot(a, 0x1000));
    load4(3, a);
    store4(3, a);
    store4(1, a);
    set_config(0, A_NAPOT | R | W | X);
    set_address(0, napot(a, 0x800));
    print_field("  pmpcfg0 after rewriting entry 0 ", csr_read(pmpcfg0));
    print_field("  pmpaddr0 after rewriting ", get_address(0));
    store4(3, a);
    println("locked TOR +0x2000..+0x2800 in entry 2, R");
    uint64_t t = (uint64_t) region + 0x2000;
    entry(1, 0, t >> 2);
    entry(2, A_TOR | R | L, (t + 0x800) >> 2);
    store4(3, t);
    load4(3, t);
    set_address(1, (t + 0x400) >> 2);
    print_field("  pmpaddr1 after rewriting ", get_address(1));
    store4(3, t + 0x400);
    store4(3, t);
    csr_write(pmpcfg0, 0);
    print_field("  pmpcfg0 after clearing ", csr_read(pmpcfg0));
}

int main(void) {
    println("pmp guest");
    traps_skip();
    registers();
    no_entries();
    na4();
    napot_entries();
    tor();
    fetches();
    locked();
    return finish();
}
