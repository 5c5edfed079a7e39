package org.mkplay.emulator.isa;

/** Field extraction and operand formatting shared by the disassembler's decoders. */
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

    static int rd(int insn) {
        return (insn >>> 7) & 0x1F;
    }

    static int rs1(int insn) {
        return (insn >>> 15) & 0x1F;
    }

    static int rs2(int insn) {
        return (insn >>> 20) & 0x1F;
    }

    static int funct3(int insn) {
        return (insn >>> 12) & 0x7;
    }

    static int funct7(int insn) {
        return insn >>> 25;
    }

    /** I-type immediate, sign-extended. */
    static int immI(int insn) {
        return insn >> 20;
    }

    static int immS(int insn) {
        return ((insn >> 25) << 5) | ((insn >>> 7) & 0x1F);
    }

    static int immB(int insn) {
        return ((insn >> 31) << 12) | (((insn >>> 7) & 1) << 11) | (((insn >>> 25) & 0x3F) << 5)
                | (((insn >>> 8) & 0xF) << 1);
    }

    static int immJ(int insn) {
        return ((insn >> 31) << 20) | (((insn >>> 12) & 0xFF) << 12) | (((insn >>> 20) & 1) << 11)
                | (((insn >>> 21) & 0x3FF) << 1);
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
