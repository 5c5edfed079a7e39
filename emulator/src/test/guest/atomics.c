/* The A extension: every AMO in its .w and .d form over edge-case memory values and operands (old value
   and new memory hashed per instruction), ordering-bit variants, and LR/SC success and failure. */
#include "runtime.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static const uint64_t edges[] = {
    0, 1, 0x7f, 0x80, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ULL, 0x7fffffffffffffffULL,
    0x8000000000000000ULL, 0xffffffff80000000ULL, ~0ULL, 0x123456789abcdef0ULL, 0xfedcba9876543210ULL,
};

/* the word under test sits between two guard words, so an AMO that touched too many bytes would show */
static volatile uint64_t cells[3];
#define GUARD 0x5a5a5a5a5a5a5a5aULL

typedef uint64_t (*amo_op)(volatile uint64_t *, uint64_t);

#define AMO(function, mnemonic) \
    static uint64_t function(volatile uint64_t *address, uint64_t operand) { \
        uint64_t old; \
        __asm__ volatile(mnemonic " %0, %2, (%1)" : "=r"(old) : "r"(address), "r"(operand) : "memory"); \
        return old; \
    }
#define AMO_BOTH(name) AMO(name##_w, #name ".w") AMO(name##_d, #name ".d")
AMO_BOTH(amoswap) AMO_BOTH(amoadd) AMO_BOTH(amoxor) AMO_BOTH(amoand) AMO_BOTH(amoor)
AMO_BOTH(amomin) AMO_BOTH(amomax) AMO_BOTH(amominu) AMO_BOTH(amomaxu)
AMO(amoadd_w_aq, "amoadd.w.aq") AMO(amoadd_d_rl, "amoadd.d.rl") AMO(amoswap_d_aqrl, "amoswap.d.aqrl")

struct named_amo {
    const char *name;
    amo_op op;
};
#define BOTH(name) {#name ".w", name##_w}, {#name ".d", name##_d}
static const struct named_amo amos[] = {
    BOTH(amoswap), BOTH(amoadd), BOTH(amoxor), BOTH(amoand), BOTH(amoor),
    BOTH(amomin), BOTH(amomax), BOTH(amominu), BOTH(amomaxu),
    {"amoadd.w.aq", amoadd_w_aq}, {"amoadd.d.rl", amoadd_d_rl}, {"amoswap.d.aqrl", amoswap_d_aqrl},
};

static uint64_t hash_amo(amo_op op) {
    uint64_t hash = HASH_INIT;
    for (unsigned i = 0; i < COUNT(edges); i++) {
        for (unsigned j = 0; j < COUNT(edges); j++) {
            cells[0] = GUARD;
            cells[1] = edges[i];
            cells[2] = GUARD;
            hash = hash_mix(hash, op(&cells[1], edges[j]));
            hash = hash_mix(hash, cells[1]);
            check(cells[0] == GUARD && cells[2] == GUARD, "an AMO stays within its operand");
        }
    }
    return hash;
}

static void all_amos(void) {
    for (unsigned i = 0; i < COUNT(amos); i++) {
        print(amos[i].name);
        print(" ");
        print_hex(hash_amo(amos[i].op));
        putchar_uart('\n');
    }
    /* spot checks the specification fixes */
    cells[1] = 0xffffffff00000005ULL;
    check(amomin_w(&cells[1], 0x80000000) == 5, "amomin.w returns the old low word, sign-extended");
    check(cells[1] == 0xffffffff80000000ULL, "amomin.w compares signed words and keeps the high word");
    cells[1] = 0x80000000;
    check(amomaxu_w(&cells[1], 1) == 0xffffffff80000000ULL, "amomaxu.w sign-extends the old value");
}

static uint64_t load_reserved(volatile uint64_t *address) {
    uint64_t value;
    __asm__ volatile("lr.d %0, (%1)" : "=r"(value) : "r"(address) : "memory");
    return value;
}

static uint64_t store_conditional(volatile uint64_t *address, uint64_t value) {
    uint64_t failed;
    __asm__ volatile("sc.d %0, %2, (%1)" : "=r"(failed) : "r"(address), "r"(value) : "memory");
    return failed;
}

static uint64_t store_conditional_word(volatile uint64_t *address, uint64_t value) {
    uint64_t failed;
    __asm__ volatile("sc.w %0, %2, (%1)" : "=r"(failed) : "r"(address), "r"(value) : "memory");
    return failed;
}

static void print_sc(const char *what, uint64_t failed) {
    print(what);
    print(failed == 0 ? " succeeds, memory " : " fails, memory ");
    print_hex(cells[1]);
    putchar_uart('\n');
}

static void reservations(void) {
    cells[1] = 10;
    uint64_t value = load_reserved(&cells[1]);
    print_sc("lr.d/sc.d", store_conditional(&cells[1], value + 1));
    print_sc("sc.d again", store_conditional(&cells[1], 99));
    print_sc("sc.d without lr", store_conditional(&cells[1], 98));
    uint64_t word;
    __asm__ volatile("lr.w %0, (%1)" : "=r"(word) : "r"(&cells[1]) : "memory");
    print_sc("lr.w/sc.w", store_conditional_word(&cells[1], 0x80000000));
    cells[1] = 0xffffffff12345678ULL;
    __asm__ volatile("lr.w %0, (%1)" : "=r"(word) : "r"(&cells[1]) : "memory");
    print_field("lr.w of 0xffffffff12345678 ", word);
    print_sc("sc.w of 0x80000000", store_conditional_word(&cells[1], 0x80000000));
    /* the usual compare-and-swap loop, incrementing 1000 times */
    cells[1] = 0;
    for (int i = 0; i < 1000; i++) {
        uint64_t failed;
        do {
            failed = store_conditional(&cells[1], load_reserved(&cells[1]) + 3);
        } while (failed != 0);
    }
    check(cells[1] == 3000, "an LR/SC loop increments");
    print_field("after 1000 LR/SC increments ", cells[1]);
}

int main(void) {
    println("atomics guest");
    all_amos();
    reservations();
    return finish();
}
