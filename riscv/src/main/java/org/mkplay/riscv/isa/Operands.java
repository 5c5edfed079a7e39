package org.mkplay.riscv.isa;

/** Operand formatting shared by the disassembler's decoders, the way objdump prints operands. */
final class Operands {
    private Operands() {}

    /** ABI names, indexed by register number, as objdump prints them. */
    private static final String[] ABI_NAMES = {
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    };

    static String reg(int number) {
        return ABI_NAMES[number];
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** A branch or jump target: objdump prints the absolute address. */
    static String target(long pc, long offset) {
        return hex(pc + offset);
    }

    /** "offset(base)" as in loads and stores. */
    static String memory(int offset, int base) {
        return offset + "(" + reg(base) + ")";
    }

    static String regs(int a, int b) {
        return reg(a) + "," + reg(b);
    }

    static String regs(int a, int b, int c) {
        return reg(a) + "," + reg(b) + "," + reg(c);
    }
}
