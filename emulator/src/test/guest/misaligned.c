/* Misaligned loads and stores of every width at every offset: either the hart performs them or it traps
   with a misaligned-address cause and the address in mtval (both are allowed); the transcript shows which,
   and the memory image afterwards. LR and AMOs must trap when misaligned.

   QEMU 7.2 deviates from the A extension twice, so those details are not printed: a misaligned AMO raises
   load-address-misaligned (4) instead of store/AMO-address-misaligned (6), and an SC without a
   reservation fails without checking alignment. */
#include "runtime.h"

static uint8_t buffer[32] __attribute__((aligned(16)));

static void fill(void) {
    for (int i = 0; i < 32; i++) {
        buffer[i] = (uint8_t) (0xa0 + i);
    }
}

#define CAUSE_LOAD_MISALIGNED 4
#define CAUSE_STORE_MISALIGNED 6

static void report(const char *what, int offset, uint64_t value) {
    print(what);
    print(" +");
    print_dec(offset);
    if (trap_last.count != 0) {
        print(" trap cause ");
        print_dec((int64_t) trap_last.cause);
        print(" tval-offset ");
        print_dec((int64_t) (trap_last.tval - (uint64_t) buffer));
    } else {
        print(" = ");
        print_hex(value);
    }
    putchar_uart('\n');
}

#define LOAD(op) \
    static uint64_t load_##op(const uint8_t *address) { \
        uint64_t value = 0; \
        __asm__ volatile(#op " %0, 0(%1)" : "+r"(value) : "r"(address) : "memory"); \
        return value; \
    }
#define STORE(op) \
    static void store_##op(uint8_t *address, uint64_t value) { \
        __asm__ volatile(#op " %0, 0(%1)" : : "r"(value), "r"(address) : "memory"); \
    }
LOAD(lh) LOAD(lhu) LOAD(lw) LOAD(lwu) LOAD(ld)
STORE(sh) STORE(sw) STORE(sd)

struct load_case {
    const char *name;
    uint64_t (*load)(const uint8_t *);
};
struct store_case {
    const char *name;
    void (*store)(uint8_t *, uint64_t);
};

static const struct load_case loads[] = {
    {"lh", load_lh}, {"lhu", load_lhu}, {"lw", load_lw}, {"lwu", load_lwu}, {"ld", load_ld},
};
static const struct store_case stores[] = {{"sh", store_sh}, {"sw", store_sw}, {"sd", store_sd}};

static uint64_t buffer_hash(void) {
    uint64_t hash = HASH_INIT;
    for (int i = 0; i < 32; i++) {
        hash = hash_mix(hash, buffer[i]);
    }
    return hash;
}

static void plain_accesses(void) {
    fill();
    for (unsigned i = 0; i < sizeof loads / sizeof loads[0]; i++) {
        for (int offset = 1; offset < 8; offset++) {
            traps_reset();
            uint64_t value = loads[i].load(buffer + offset);
            report(loads[i].name, offset, value);
        }
    }
    for (unsigned i = 0; i < sizeof stores / sizeof stores[0]; i++) {
        for (int offset = 1; offset < 8; offset++) {
            fill();
            traps_reset();
            stores[i].store(buffer + 8 + offset, 0x1122334455667788ULL);
            report(stores[i].name, offset, buffer_hash());
        }
    }
}

/* an AMO on a misaligned address: prints whether it trapped with a misaligned cause and left memory alone */
static void report_amo(const char *what, int offset, uint64_t hash_before) {
    int misaligned = trap_last.cause == CAUSE_LOAD_MISALIGNED || trap_last.cause == CAUSE_STORE_MISALIGNED;
    print(what);
    print(" +");
    print_dec(offset);
    print(misaligned ? " misaligned trap, tval-offset " : " no misaligned trap, tval-offset ");
    print_dec((int64_t) (trap_last.tval - (uint64_t) buffer));
    print(buffer_hash() == hash_before ? ", memory unchanged\n" : ", memory changed\n");
}

static void atomic_accesses(void) {
    uint64_t value = 0;
    for (int offset = 1; offset < 8; offset++) {
        fill();
        uint8_t *address = buffer + offset;
        uint64_t hash = buffer_hash();
        if (offset % 4 != 0) {
            traps_reset();
            __asm__ volatile("lr.w %0, (%1)" : "=r"(value) : "r"(address) : "memory");
            report("lr.w", offset, value);
        }
        traps_reset();
        __asm__ volatile("sc.d %0, %2, (%1)" : "=r"(value) : "r"(address), "r"(7ULL) : "memory");
        check(buffer_hash() == hash, "a misaligned sc.d does not store");
        traps_reset();
        __asm__ volatile("amoadd.w %0, %2, (%1)" : "=r"(value) : "r"(address), "r"(1ULL) : "memory");
        if (offset % 4 != 0) {
            report_amo("amoadd.w", offset, hash);
        }
        hash = buffer_hash(); /* the aligned amoadd.w at +4 did store */
        traps_reset();
        __asm__ volatile("amoswap.d %0, %2, (%1)" : "=r"(value) : "r"(address), "r"(1ULL) : "memory");
        report_amo("amoswap.d", offset, hash);
    }
}

int main(void) {
    println("misaligned guest");
    traps_skip();
    plain_accesses();
    atomic_accesses();
    traps_fatal();
    return finish();
}
