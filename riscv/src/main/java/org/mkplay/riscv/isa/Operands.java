package org.mkplay.riscv.isa;

/** Operand formatting shared by the disassembler's decoders, the way objdump prints operands. */
final class Operands {
    private Operands() {}

    static String reg(int number) {
        return Reg.name(number);
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
