package org.mkplay.riscv.isa;

/**
 * Turns one RV64IMAC + Zicsr + Zifencei + privileged instruction into the text GNU objdump
 * (binutils 2.40, {@code objdump -d} with default options) prints for it: ABI register names,
 * the same pseudo-instructions and aliases (li, mv, ret, j, beqz, csrr, rdtime, "add a0,a1,5" for
 * addi...), CSR names, and branch/jump targets as absolute hex addresses. Compressed halfwords
 * (low two bits != 11) print as objdump prints them (mostly their base-ISA alias). Anything
 * else prints as objdump's {@code .4byte 0x...} / {@code .2byte 0x...}.
 *
 * <p>Two deliberate differences: the mnemonic and operands are separated by one space (objdump
 * uses a tab), and objdump's trailing "# 0x..." comments, which depend on earlier instructions
 * (an auipc/lui it remembered), are not produced: this disassembler sees one instruction at a time.
 * The differential test {@code DisassemblerDifferentialTest} compares it with the real objdump.
 */
public final class Disassembler {
    private Disassembler() {}

    /** Length in bytes (2 or 4) of the instruction whose first halfword is {@code firstHalfword}. */
    public static int length(int firstHalfword) {
        return Opcode.length(firstHalfword);
    }

    /**
     * @param instruction the instruction word; for a compressed instruction only the low 16 bits are used
     * @param pc the instruction's address, for pc-relative targets
     */
    public static String disassemble(int instruction, long pc) {
        if (length(instruction) == 2) {
            int halfword = instruction & 0xFFFF;
            String text = CompressedDisassembler.decode(halfword, pc);
            return text != null ? text : ".2byte 0x" + Integer.toHexString(halfword);
        }
        String text = decode32(instruction, pc);
        return text != null ? text : ".4byte 0x" + Integer.toHexString(instruction);
    }

    private static String decode32(int insn, long pc) {
        switch (Fields.opcode(insn)) {
            case Opcode.LUI:
                return "lui " + Operands.reg(Fields.rd(insn)) + "," + Operands.hex((insn >>> 12) & 0xFFFFF);
            case Opcode.AUIPC:
                return "auipc " + Operands.reg(Fields.rd(insn)) + "," + Operands.hex((insn >>> 12) & 0xFFFFF);
            case Opcode.JAL:
                return BaseInstructions.jal(insn, pc);
            case Opcode.JALR:
                return BaseInstructions.jalr(insn);
            case Opcode.BRANCH:
                return BaseInstructions.branch(insn, pc);
            case Opcode.LOAD:
                return BaseInstructions.load(insn);
            case Opcode.STORE:
                return BaseInstructions.store(insn);
            case Opcode.OP_IMM:
                return BaseInstructions.opImm(insn);
            case Opcode.OP_IMM_32:
                return BaseInstructions.opImm32(insn);
            case Opcode.OP:
                return BaseInstructions.op(insn);
            case Opcode.OP_32:
                return BaseInstructions.op32(insn);
            case Opcode.MISC_MEM:
                return SystemInstructions.miscMem(insn);
            case Opcode.SYSTEM:
                return SystemInstructions.system(insn);
            case Opcode.AMO:
                return SystemInstructions.atomic(insn);
            default:
                return null;
        }
    }
}
