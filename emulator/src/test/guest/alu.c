/* RV64IM integer instructions: every register-register and immediate operation over edge-case operands and
   pseudo-random ones (one hash per operation), the division corner cases the ISA defines, multiply-high
   against a schoolbook reference, branches, and sign/zero extension of loads. */
#include "runtime.h"

typedef uint64_t (*binary_op)(uint64_t, uint64_t);

#define RR(op) \
    static uint64_t op_##op(uint64_t a, uint64_t b) { \
        uint64_t r; \
        __asm__ volatile(#op " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); \
        return r; \
    }
RR(add) RR(sub) RR(sll) RR(slt) RR(sltu) RR(xor) RR(srl) RR(sra) RR(or) RR(and)
RR(addw) RR(subw) RR(sllw) RR(srlw) RR(sraw)
RR(mul) RR(mulh) RR(mulhsu) RR(mulhu) RR(mulw)
RR(div) RR(divu) RR(rem) RR(remu) RR(divw) RR(divuw) RR(remw) RR(remuw)

struct named_op {
    const char *name;
    binary_op op;
};

#define ENTRY(op) {#op, op_##op}
static const struct named_op register_ops[] = {
    ENTRY(add), ENTRY(sub), ENTRY(sll), ENTRY(slt), ENTRY(sltu), ENTRY(xor), ENTRY(srl), ENTRY(sra),
    ENTRY(or), ENTRY(and), ENTRY(addw), ENTRY(subw), ENTRY(sllw), ENTRY(srlw), ENTRY(sraw),
    ENTRY(mul), ENTRY(mulh), ENTRY(mulhsu), ENTRY(mulhu), ENTRY(mulw),
    ENTRY(div), ENTRY(divu), ENTRY(rem), ENTRY(remu), ENTRY(divw), ENTRY(divuw), ENTRY(remw), ENTRY(remuw),
};

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
#define MIN64 0x8000000000000000ULL
#define MIN32 0xffffffff80000000ULL

static const uint64_t edges[] = {
    0, 1, 2, 3, 31, 32, 33, 63, 64, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ULL, 0x17fffffffULL, 0x123456789abcdef0ULL,
    0x7fffffffffffffffULL, MIN64, MIN32, 0xfffffffffffffffeULL, ~0ULL, 0xffffffff7fffffffULL,
};

#define RANDOM_PAIRS 2000

static uint64_t hash_op(binary_op op) {
    uint64_t hash = HASH_INIT;
    for (unsigned i = 0; i < COUNT(edges); i++) {
        for (unsigned j = 0; j < COUNT(edges); j++) {
            hash = hash_mix(hash, op(edges[i], edges[j]));
        }
    }
    uint64_t state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < RANDOM_PAIRS; i++) {
        uint64_t a = random_next(&state);
        uint64_t b = random_next(&state);
        /* small and 32-bit divisors too, not only huge ones */
        b >>= (a & 0x3f);
        hash = hash_mix(hash, op(a, b));
    }
    return hash;
}

/* One line per operation: its name and the hash of its results over the operand pairs. */
static void print_hashes(const struct named_op *ops, unsigned count) {
    for (unsigned i = 0; i < count; i++) {
        print(ops[i].name);
        print(" ");
        print_hex(hash_op(ops[i].op));
        putchar_uart('\n');
    }
}

static void register_register(void) {
    print_hashes(register_ops, COUNT(register_ops));
}

/* Immediate forms: each instruction with a handful of immediates, hashed over the edge operands. */
#define RI(op, suffix, imm) \
    static uint64_t op_##op##_##suffix(uint64_t a, uint64_t b) { \
        uint64_t r; \
        (void) b; \
        __asm__ volatile(#op " %0, %1, %2" : "=r"(r) : "r"(a), "i"(imm)); \
        return r; \
    }
#define IMMEDIATES(op) RI(op, 0, 0) RI(op, 1, 1) RI(op, 2047, 2047) RI(op, m1, -1) RI(op, m2048, -2048) \
    RI(op, 555, 0x555)
#define SHIFTS32(op) RI(op, 0, 0) RI(op, 1, 1) RI(op, 31, 31)
#define SHIFTS64(op) SHIFTS32(op) RI(op, 32, 32) RI(op, 63, 63)
IMMEDIATES(addi) IMMEDIATES(slti) IMMEDIATES(sltiu) IMMEDIATES(xori) IMMEDIATES(ori) IMMEDIATES(andi)
IMMEDIATES(addiw)
SHIFTS64(slli) SHIFTS64(srli) SHIFTS64(srai) SHIFTS32(slliw) SHIFTS32(srliw) SHIFTS32(sraiw)

#define NAMED(op, suffix, text) {#op " " text, op_##op##_##suffix}
#define IMMEDIATE_ENTRIES(op) NAMED(op, 0, "0"), NAMED(op, 1, "1"), NAMED(op, 2047, "2047"), \
    NAMED(op, m1, "-1"), NAMED(op, m2048, "-2048"), NAMED(op, 555, "0x555")
#define SHIFT32_ENTRIES(op) NAMED(op, 0, "0"), NAMED(op, 1, "1"), NAMED(op, 31, "31")
#define SHIFT64_ENTRIES(op) SHIFT32_ENTRIES(op), NAMED(op, 32, "32"), NAMED(op, 63, "63")
static const struct named_op immediate_ops[] = {
    IMMEDIATE_ENTRIES(addi), IMMEDIATE_ENTRIES(slti), IMMEDIATE_ENTRIES(sltiu), IMMEDIATE_ENTRIES(xori),
    IMMEDIATE_ENTRIES(ori), IMMEDIATE_ENTRIES(andi), IMMEDIATE_ENTRIES(addiw),
    SHIFT64_ENTRIES(slli), SHIFT64_ENTRIES(srli), SHIFT64_ENTRIES(srai),
    SHIFT32_ENTRIES(slliw), SHIFT32_ENTRIES(srliw), SHIFT32_ENTRIES(sraiw),
};

static void register_immediate(void) {
    for (unsigned i = 0; i < COUNT(immediate_ops); i++) {
        uint64_t hash = HASH_INIT;
        for (unsigned j = 0; j < COUNT(edges); j++) {
            hash = hash_mix(hash, immediate_ops[i].op(edges[j], 0));
        }
        print(immediate_ops[i].name);
        print(" ");
        print_hex(hash);
        putchar_uart('\n');
    }
}

/* The results the ISA defines for division by zero and for the one overflowing division. */
static void division_corners(void) {
    uint64_t x = 0x123456789abcdef0ULL;
    check(op_div(x, 0) == ~0ULL, "div by zero is -1");
    check(op_divu(x, 0) == ~0ULL, "divu by zero is 2^64-1");
    check(op_rem(x, 0) == x, "rem by zero is the dividend");
    check(op_remu(x, 0) == x, "remu by zero is the dividend");
    check(op_div(MIN64, ~0ULL) == MIN64, "div MIN/-1 overflows to MIN");
    check(op_rem(MIN64, ~0ULL) == 0, "rem MIN/-1 is 0");
    check(op_divw(x, 0) == ~0ULL, "divw by zero is -1");
    check(op_divuw(x, 0) == ~0ULL, "divuw by zero is all ones, sign-extended");
    check(op_remw(x, 0) == 0xffffffff9abcdef0ULL, "remw by zero is the sign-extended dividend");
    check(op_remuw(x, 0) == 0xffffffff9abcdef0ULL, "remuw by zero is the sign-extended dividend");
    check(op_divw(0x80000000, ~0ULL) == MIN32, "divw MIN/-1 overflows to MIN");
    check(op_remw(0x80000000, ~0ULL) == 0, "remw MIN/-1 is 0");
    check(op_div((uint64_t) -7, 2) == (uint64_t) -3, "div rounds toward zero");
    check(op_rem((uint64_t) -7, 2) == (uint64_t) -1, "rem takes the dividend's sign");
    check(op_addw(0x7fffffff, 1) == MIN32, "addw sign-extends bit 31");
    check(op_sllw(1, 63) == MIN32, "sllw uses the low 5 bits of the shift amount");
    check(op_sraw(0xffffffff00000000ULL | 0x80000000, 4) == 0xfffffffff8000000ULL, "sraw ignores upper bits");
    check(op_srlw(0xffffffff80000000ULL, 0) == MIN32, "srlw by 0 still sign-extends");
    check(op_sra(MIN64, 127) == ~0ULL, "sra uses the low 6 bits of the shift amount");
    print_field("div MIN/-1   ", op_div(MIN64, ~0ULL));
    print_field("divw MIN/-1  ", op_divw(0x80000000, ~0ULL));
    print_field("remuw x/0    ", op_remuw(x, 0));
}

/* mulhu from 32-bit partial products, so that it does not use the instruction under test */
static uint64_t reference_mulhu(uint64_t a, uint64_t b) {
    uint64_t a_low = a & 0xffffffff, a_high = a >> 32, b_low = b & 0xffffffff, b_high = b >> 32;
    uint64_t low_low = a_low * b_low;
    uint64_t high_low = a_high * b_low;
    uint64_t low_high = a_low * b_high;
    uint64_t middle = (low_low >> 32) + (high_low & 0xffffffff) + (low_high & 0xffffffff);
    return a_high * b_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32);
}

static void multiply_high(void) {
    uint64_t state = 12345;
    int wrong = 0;
    for (int i = 0; i < 5000; i++) {
        uint64_t a = random_next(&state), b = random_next(&state);
        uint64_t high = reference_mulhu(a, b);
        uint64_t a_negative = (int64_t) a < 0 ? b : 0, b_negative = (int64_t) b < 0 ? a : 0;
        wrong += op_mulhu(a, b) != high;
        wrong += op_mulhsu(a, b) != high - a_negative;
        wrong += op_mulh(a, b) != high - a_negative - b_negative;
    }
    check(wrong == 0, "mulh, mulhsu and mulhu agree with the schoolbook product");
    print("multiply-high mismatches ");
    print_dec(wrong);
    putchar_uart('\n');
}

#define BRANCH(op) \
    static uint64_t branch_##op(uint64_t a, uint64_t b) { \
        uint64_t taken = 1; \
        __asm__ volatile(#op " %1, %2, 1f\n li %0, 0\n1:" : "+r"(taken) : "r"(a), "r"(b)); \
        return taken; \
    }
BRANCH(beq) BRANCH(bne) BRANCH(blt) BRANCH(bge) BRANCH(bltu) BRANCH(bgeu)
static const struct named_op branches[] = {
    {"beq", branch_beq}, {"bne", branch_bne}, {"blt", branch_blt},
    {"bge", branch_bge}, {"bltu", branch_bltu}, {"bgeu", branch_bgeu},
};

static void branch_outcomes(void) {
    print_hashes(branches, COUNT(branches));
}

static void load_extension(void) {
    static volatile uint64_t word = 0x8081828384858687ULL;
    uint64_t hash = HASH_INIT;
    for (int offset = 0; offset < 8; offset++) {
        volatile uint8_t *bytes = (volatile uint8_t *) &word + offset;
        hash = hash_mix(hash, (uint64_t) (int64_t) *(volatile int8_t *) bytes);
        hash = hash_mix(hash, *bytes);
    }
    int64_t lw, lwu, lh, lhu;
    __asm__ volatile("lw %0, 4(%1)" : "=r"(lw) : "r"(&word));
    __asm__ volatile("lwu %0, 4(%1)" : "=r"(lwu) : "r"(&word));
    __asm__ volatile("lh %0, 6(%1)" : "=r"(lh) : "r"(&word));
    __asm__ volatile("lhu %0, 6(%1)" : "=r"(lhu) : "r"(&word));
    check(lw == (int64_t) 0xffffffff80818283ULL, "lw sign-extends");
    check(lwu == 0x80818283, "lwu zero-extends");
    check(lh == (int64_t) 0xffffffffffff8081ULL, "lh sign-extends");
    check(lhu == 0x8081, "lhu zero-extends");
    print_field("byte loads ", hash);
}

static void upper_immediates(void) {
    uint64_t lui, lui_negative, zero_register = 7;
    __asm__ volatile("lui %0, 0x12345" : "=r"(lui));
    __asm__ volatile("lui %0, 0x80000" : "=r"(lui_negative));
    __asm__ volatile("addi x0, x0, 5\n mv %0, x0" : "=r"(zero_register));
    check(lui == 0x12345000, "lui");
    check(lui_negative == MIN32, "lui sign-extends to 64 bits");
    check(zero_register == 0, "x0 stays zero");
    uint64_t here, there;
    __asm__ volatile("auipc %0, 0\n auipc %1, 1" : "=r"(here), "=r"(there));
    check(there - here == 0x1004, "auipc adds to its own pc");
}

int main(void) {
    println("alu guest");
    register_register();
    register_immediate();
    division_corners();
    multiply_high();
    branch_outcomes();
    load_extension();
    upper_immediates();
    return finish();
}
