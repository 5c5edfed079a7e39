package org.mkplay.emulator.isa;

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
        return (firstHalfword & 0b11) == 0b11 ? 4 : 2;
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
        switch (insn & 0x7F) {
            case 0x37: return "lui " + Operands.reg(Operands.rd(insn)) + "," + Operands.hex((insn >>> 12) & 0xFFFFF);
            case 0x17: return "auipc " + Operands.reg(Operands.rd(insn)) + "," + Operands.hex((insn >>> 12) & 0xFFFFF);
            case 0x6F: return BaseInstructions.jal(insn, pc);
            case 0x67: return BaseInstructions.jalr(insn);
            case 0x63: return BaseInstructions.branch(insn, pc);
            case 0x03: return BaseInstructions.load(insn);
            case 0x23: return BaseInstructions.store(insn);
            case 0x13: return BaseInstructions.opImm(insn);
            case 0x1B: return BaseInstructions.opImm32(insn);
            case 0x33: return BaseInstructions.op(insn);
            case 0x3B: return BaseInstructions.op32(insn);
            case 0x0F: return SystemInstructions.miscMem(insn);
            case 0x73: return SystemInstructions.system(insn);
            case 0x2F: return SystemInstructions.atomic(insn);
            default: return null;
        }
    }
}
