/* Debug triggers (Sdtrig): what software that probes for triggers sees — tselect, tinfo and tdata1..3
   read back after writes of every trigger type and of out-of-range selections, with the accesses that trap —
   and address-match (mcontrol, type 2) triggers on execute, load and store in M, S and U mode: the
   breakpoint exception, its mepc and mtval, that the access does not happen, and the mode bits. */
#include "modes.h"
#include "runtime.h"

#define TSELECT 0x7a0
#define TDATA1 0x7a1
#define TDATA2 0x7a2
#define TDATA3 0x7a3
#define TINFO 0x7a4
#define TCONTROL 0x7a5

#define TYPE(t) ((uint64_t) (t) << 60)
#define DMODE (1ULL << 59)
#define MC_LOAD (1ULL << 0)
#define MC_STORE (1ULL << 1)
#define MC_EXECUTE (1ULL << 2)
#define MC_U (1ULL << 3)
#define MC_S (1ULL << 4)
#define MC_M (1ULL << 6)
#define MC_SIZELO(s) ((uint64_t) (s) << 16)
#define CAUSE_BREAKPOINT 3

#define STR_(x) #x
#define STR(x) STR_(x)
#define csr_read_n(n) ({ uint64_t value_; __asm__ volatile("csrr %0, " STR(n) : "=r"(value_)); value_; })
#define csr_write_n(n, v) __asm__ volatile("csrw " STR(n) ", %0" : : "r"((uint64_t) (v)) : "memory")

/* an exact, uncompressed layout, so that breakpoints can name each instruction */
__asm__(".text\n"
        ".option push\n.option norvc\n"
        ".balign 4\n.globl probe_target\nprobe_target:\n"
        "  li a0, 1\n"
        "  addi a0, a0, 2\n"
        "  ret\n"
        ".option pop\n");
uint64_t probe_target(void);

static volatile uint64_t watched[4] __attribute__((aligned(64))) = {0x1111, 0x2222, 0x3333, 0x4444};

/* one CSR access as a probe sees it: its value, or "trap" with the cause */
static void show(const char *label, uint64_t value) {
    print(label);
    if (trap_last.count != 0) {
        print(" trap ");
        print_dec((int64_t) trap_last.cause);
    } else {
        putchar_uart(' ');
        print_hex(value);
    }
    putchar_uart('\n');
    traps_reset();
}

#define SHOW_READ(label, n) do { traps_reset(); uint64_t v_ = csr_read_n(n); show(label, trap_last.count ? 0 : v_); } while (0)
#define TRY_WRITE(label, n, v) do { traps_reset(); csr_write_n(n, v); if (trap_last.count) show(label, 0); } while (0)

static void show_trigger(const char *label) {
    print(label);
    putchar_uart('\n');
    SHOW_READ("  tdata1", TDATA1);
    SHOW_READ("  tdata2", TDATA2);
    SHOW_READ("  tdata3", TDATA3);
    SHOW_READ("  tinfo", TINFO);
}

static void selection(void) {
    SHOW_READ("tselect at reset", TSELECT);
    SHOW_READ("tcontrol", TCONTROL);
    for (uint64_t select = 0; select < 4; select++) {
        TRY_WRITE("write tselect", TSELECT, select);
        print("tselect ");
        print_dec((int64_t) select);
        putchar_uart('\n');
        SHOW_READ("  reads back", TSELECT);
        show_trigger("  trigger");
    }
    TRY_WRITE("write tselect", TSELECT, -1);
    SHOW_READ("tselect after writing -1", TSELECT);
}

static const uint64_t tdata1_values[] = {
    TYPE(2) | MC_M | MC_EXECUTE,
    TYPE(2) | MC_M | MC_S | MC_U | MC_LOAD | MC_STORE | MC_EXECUTE,
    ~0ULL,
    TYPE(2) | DMODE | MC_M | MC_LOAD,
    TYPE(2) | MC_M | MC_LOAD | MC_SIZELO(1),
    TYPE(2) | MC_M | MC_LOAD | MC_SIZELO(3),
    TYPE(2) | MC_M | MC_LOAD | (1ULL << 21),
    TYPE(2) | MC_M | MC_LOAD | (1ULL << 7) | (1ULL << 11) | (1ULL << 12) | (1ULL << 19) | (1ULL << 20),
    TYPE(6) | MC_M | MC_EXECUTE,
    TYPE(3) | (1ULL << 10) | (1ULL << 9),
    TYPE(4) | 1,
    TYPE(5) | 1,
    TYPE(0),
    TYPE(15),
    TYPE(2),
};

static void writes(void) {
    for (uint64_t select = 0; select < 2; select++) {
        TRY_WRITE("write tselect", TSELECT, select);
        for (unsigned i = 0; i < sizeof tdata1_values / sizeof tdata1_values[0]; i++) {
            print("tselect ");
            print_dec((int64_t) select);
            print(", tdata1 written ");
            print_hex(tdata1_values[i]);
            putchar_uart('\n');
            TRY_WRITE("  write tdata1", TDATA1, tdata1_values[i]);
            TRY_WRITE("  write tdata2", TDATA2, 0x80001234);
            TRY_WRITE("  write tdata3", TDATA3, 0x5678);
            show_trigger("  reads");
        }
    }
    TRY_WRITE("write tselect", TSELECT, 1);
    TRY_WRITE("clear tdata1", TDATA1, TYPE(2));
    TRY_WRITE("write tselect", TSELECT, 0);
    TRY_WRITE("clear tdata1", TDATA1, TYPE(2));
    TRY_WRITE("write tinfo", TINFO, 0);
    SHOW_READ("tinfo after write", TINFO);
}

static void arm(uint64_t select, uint64_t control, uint64_t address) {
    csr_write_n(TSELECT, select);
    csr_write_n(TDATA1, TYPE(2));
    csr_write_n(TDATA2, address);
    csr_write_n(TDATA1, control);
}

static void disarm(void) {
    for (uint64_t select = 0; select < 2; select++) {
        csr_write_n(TSELECT, select);
        csr_write_n(TDATA1, TYPE(2));
    }
}

static void show_hit(const char *label, uint64_t result, uint64_t target) {
    print(label);
    print(": traps ");
    print_dec((int64_t) trap_last.count);
    if (trap_last.count != 0) {
        print(", cause ");
        print_dec((int64_t) trap_last.cause);
        print(", mepc-target ");
        print_dec((int64_t) (trap_last.epc - target));
        print(", mtval ");
        if (trap_last.tval == 0) {
            print("0");
        } else {
            print("target");
            print_dec((int64_t) (trap_last.tval - target));
        }
    }
    print(", result ");
    print_hex(result);
    putchar_uart('\n');
    traps_reset();
}

static void machine_mode_hits(void) {
    uint64_t target = (uint64_t) &probe_target;
    traps_reset();
    arm(0, TYPE(2) | MC_M | MC_EXECUTE, target);
    show_hit("execute first instruction", probe_target(), target);
    arm(0, TYPE(2) | MC_M | MC_EXECUTE, target + 4);
    show_hit("execute second instruction", probe_target(), target + 4);
    arm(0, TYPE(2) | MC_S | MC_U | MC_EXECUTE, target);
    show_hit("execute, M bit clear", probe_target(), target);
    arm(0, TYPE(2) | MC_M | MC_LOAD | MC_EXECUTE, target + 2);
    show_hit("execute, address inside an instruction", probe_target(), target + 2);

    uint64_t address = (uint64_t) &watched[1];
    arm(0, TYPE(2) | MC_M | MC_LOAD, address);
    show_hit("load", watched[1], address);
    show_hit("load of the next word", watched[2], address);
    show_hit("load of the word before", watched[0], address);
    show_hit("load of a byte inside", *(volatile uint8_t *) (address + 3), address);
    show_hit("load of 4 bytes at +4", *(volatile uint32_t *) (address + 4), address);
    watched[1] = 0x9999;
    show_hit("store with a load trigger", watched[1], address);

    arm(0, TYPE(2) | MC_M | MC_STORE, address);
    watched[1] = 0xAAAA;
    show_hit("store", watched[1], address);
    *(volatile uint32_t *) (address + 4) = 0xBBBB;
    show_hit("store of 4 bytes at +4", watched[1], address);
    show_hit("load with a store trigger", watched[1], address);
    uint64_t old;
    __asm__ volatile("amoadd.d %0, %2, (%1)" : "=r"(old) : "r"(address), "r"(1ULL) : "memory");
    show_hit("amoadd.d", watched[1], address);

    arm(0, TYPE(2) | MC_M | MC_LOAD | MC_SIZELO(1), address + 1);
    show_hit("1-byte trigger, byte load at it", *(volatile uint8_t *) (address + 1), address + 1);
    show_hit("1-byte trigger, byte load before it", *(volatile uint8_t *) address, address + 1);
    show_hit("1-byte trigger, word load over it", watched[1], address + 1);

    arm(0, TYPE(2) | MC_M | MC_LOAD, address);
    arm(1, TYPE(2) | MC_M | MC_STORE, address + 8);
    show_hit("two triggers, load", watched[1], address);
    watched[2] = 0xCCCC;
    show_hit("two triggers, store", watched[2], address + 8);
    disarm();
    show_hit("disarmed", watched[1], address);
}

static uint64_t lower_result;

static uint64_t lower_probe(uint64_t kind) {
    if (kind == 0) {
        return probe_target();
    }
    if (kind == 1) {
        return watched[3];
    }
    watched[3] = 0xDDDD;
    return watched[3];
}

static uint64_t lower_traps, lower_cause, lower_epc, lower_tval;

void machine_trap(struct trap_frame *frame) {
    if (frame->cause != CAUSE_BREAKPOINT) {
        print_trap_frame("unexpected M", frame, (frame->status >> 11) & 3);
        exit(3);
    }
    lower_traps++;
    lower_cause = frame->cause;
    lower_epc = frame->epc;
    lower_tval = frame->tval;
    frame->epc += instruction_length(frame->epc);
}

static void lower_mode(int mode, uint64_t control, uint64_t kind, const char *label) {
    uint64_t target = kind == 0 ? (uint64_t) &probe_target : (uint64_t) &watched[3];
    lower_traps = 0;
    arm(0, control, target);
    lower_result = run_in_mode(mode, lower_probe, kind);
    disarm();
    print(label);
    print(": traps ");
    print_dec((int64_t) lower_traps);
    if (lower_traps != 0) {
        print(", cause ");
        print_dec((int64_t) lower_cause);
        print(", mepc-target ");
        print_dec((int64_t) (lower_epc - target));
        print(", mtval ");
        print(lower_tval == 0 ? "0" : lower_tval == target ? "target" : "other");
    }
    print(", result ");
    print_hex(lower_result);
    putchar_uart('\n');
}

static void lower_mode_hits(void) {
    modes_init();
    uint64_t all = MC_LOAD | MC_STORE | MC_EXECUTE;
    lower_mode(MODE_S, TYPE(2) | MC_S | MC_EXECUTE, 0, "S execute, S bit");
    lower_mode(MODE_S, TYPE(2) | MC_U | MC_M | MC_EXECUTE, 0, "S execute, U and M bits");
    lower_mode(MODE_U, TYPE(2) | MC_U | MC_EXECUTE, 0, "U execute, U bit");
    lower_mode(MODE_S, TYPE(2) | MC_S | MC_LOAD, 1, "S load");
    lower_mode(MODE_U, TYPE(2) | MC_U | MC_LOAD, 1, "U load");
    lower_mode(MODE_U, TYPE(2) | MC_S | all, 1, "U load, S bit only");
    lower_mode(MODE_S, TYPE(2) | MC_S | MC_STORE, 2, "S store");
    lower_mode(MODE_U, TYPE(2) | MC_U | MC_STORE, 2, "U store");
}

int main(void) {
    println("triggers guest");
    traps_skip();
    selection();
    writes();
    machine_mode_hits();
    traps_fatal();
    lower_mode_hits();
    return finish();
}
