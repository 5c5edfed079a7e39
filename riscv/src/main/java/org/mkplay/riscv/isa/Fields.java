package org.mkplay.riscv.isa;

/**
 * The fields of a 32-bit instruction word (unprivileged specification, "Base Instruction Formats" and
 * "Immediate Encoding Variants"): register numbers, function codes and the sign-extended immediates of the
 * I, S, B, U and J formats, as byte offsets / values.
 */
public final class Fields {
    private Fields() {}

    public static int opcode(int insn) {
        return insn & 0x7F;
    }

    public static int rd(int insn) {
        return (insn >>> 7) & 0x1F;
    }

    public static int rs1(int insn) {
        return (insn >>> 15) & 0x1F;
    }

    public static int rs2(int insn) {
        return (insn >>> 20) & 0x1F;
    }

    public static int funct3(int insn) {
        return (insn >>> 12) & 0x7;
    }

    public static int funct7(int insn) {
        return insn >>> 25;
    }

    /** I-type immediate, sign-extended. */
    public static int immI(int insn) {
        return insn >> 20;
    }

    public static int immS(int insn) {
        return ((insn >> 25) << 5) | ((insn >>> 7) & 0x1F);
    }

    public static int immB(int insn) {
        return ((insn >> 31) << 12)
                | (((insn >>> 7) & 1) << 11)
                | (((insn >>> 25) & 0x3F) << 5)
                | (((insn >>> 8) & 0xF) << 1);
    }

    /** U-type immediate in place: bits 31:12 of the instruction, low 12 bits zero. */
    public static int immU(int insn) {
        return insn & 0xFFFFF000;
    }

    public static int immJ(int insn) {
        return ((insn >> 31) << 20)
                | (((insn >>> 12) & 0xFF) << 12)
                | (((insn >>> 20) & 1) << 11)
                | (((insn >>> 21) & 0x3FF) << 1);
    }

    /** The 12-bit CSR number of a Zicsr instruction. */
    public static int csr(int insn) {
        return insn >>> 20;
    }
}
