package org.mkplay.riscv.isa;

/**
 * The major opcodes (bits 6:0) of the 32-bit instructions mkplay's machine runs (unprivileged specification,
 * table "RISC-V base opcode map"), and the privileged instructions that are one fixed word each. The decoder,
 * the disassembler and the encoder all switch on these.
 */
public final class Opcode {
    private Opcode() {}

    public static final int LOAD = 0x03, MISC_MEM = 0x0F, OP_IMM = 0x13, AUIPC = 0x17, OP_IMM_32 = 0x1B;
    public static final int STORE = 0x23, AMO = 0x2F, OP = 0x33, LUI = 0x37, OP_32 = 0x3B;
    public static final int BRANCH = 0x63, JALR = 0x67, JAL = 0x6F, SYSTEM = 0x73;

    /** funct7 of OP / OP-32: the base operations, their alternates (sub, sra) and the M extension. */
    public static final int FUNCT7_BASE = 0x00, FUNCT7_ALT = 0x20, FUNCT7_MULDIV = 0x01;
    /** funct7 of sfence.vma (SYSTEM, funct3 0, rd 0). */
    public static final int FUNCT7_SFENCE_VMA = 0x09;

    // ---- whole instruction words ----
    public static final int ECALL = 0x0000_0073, EBREAK = 0x0010_0073, URET = 0x0020_0073;
    public static final int SRET = 0x1020_0073, MRET = 0x3020_0073, DRET = 0x7B20_0073, WFI = 0x1050_0073;
    /** fence.i with zero operands; fence.tso (fm 1000, rw,rw). */
    public static final int FENCE_I = 0x0000_100F, FENCE_TSO = 0x8330_000F;
    /** csrrw zero, cycle, zero: the canonical 32-bit "unimp" (writing a read-only CSR traps). */
    public static final int UNIMP = 0xC000_1073;

    /** Length in bytes (2 or 4) of the instruction whose first halfword is {@code firstHalfword}. */
    public static int length(int firstHalfword) {
        return (firstHalfword & 0b11) == 0b11 ? 4 : 2;
    }
}
