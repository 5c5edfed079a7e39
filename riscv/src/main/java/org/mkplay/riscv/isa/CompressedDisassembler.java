package org.mkplay.riscv.isa;

import static org.mkplay.riscv.isa.Operands.*;

/**
 * RV64C halfwords, printed the way binutils 2.40 prints them: as their base-ISA aliases
 * ("c.addi a0,1" -> "add a0,a0,1", "c.jr ra" -> "ret"), except the HINT encodings with rd = zero
 * and the zero-shift forms, which keep their "c." names (c.nop 5, c.li zero,3, c.slli64 a0...).
 * Reserved encodings and the D-extension forms (c.fld, c.fsd, c.fldsp, c.fsdsp) return null.
 */
final class CompressedDisassembler {
    private CompressedDisassembler() {}

    /** Bit {@code from} of {@code h}, moved to bit {@code to}. */
    private static int bit(int h, int from, int to) {
        return ((h >>> from) & 1) << to;
    }

    /** Bits [from+count-1 .. from] of {@code h}, moved to start at bit {@code to}. */
    private static int bits(int h, int from, int count, int to) {
        return ((h >>> from) & ((1 << count) - 1)) << to;
    }

    private static int signExtend(int value, int width) {
        return (value << (32 - width)) >> (32 - width);
    }

    /** rd'/rs1'/rs2' of the 3-bit register fields: x8..x15. */
    private static int prime(int h, int from) {
        return 8 + ((h >>> from) & 7);
    }

    private static int rdFull(int h) {
        return (h >>> 7) & 0x1F;
    }

    private static int rs2Full(int h) {
        return (h >>> 2) & 0x1F;
    }

    /** The 6-bit signed immediate of CI-format instructions: [12] then [6:2]. */
    private static int imm6(int h) {
        return signExtend(bit(h, 12, 5) | bits(h, 2, 5, 0), 6);
    }

    private static int shamt(int h) {
        return bit(h, 12, 5) | bits(h, 2, 5, 0);
    }

    static String decode(int h, long pc) {
        int funct3 = h >>> 13;
        switch (h & 3) {
            case 0:
                return quadrant0(h, funct3);
            case 1:
                return quadrant1(h, funct3, pc);
            default:
                return quadrant2(h, funct3);
        }
    }

    private static String quadrant0(int h, int funct3) {
        int wordOffset = bits(h, 10, 3, 3) | bit(h, 6, 2) | bit(h, 5, 6);
        int doubleOffset = bits(h, 10, 3, 3) | bits(h, 5, 2, 6);
        String rdPrime = reg(prime(h, 2));
        int base = prime(h, 7);
        switch (funct3) {
            case 0:
                return addi4spn(h);
            case 2:
                return "lw " + rdPrime + "," + memory(wordOffset, base);
            case 3:
                return "ld " + rdPrime + "," + memory(doubleOffset, base);
            case 6:
                return "sw " + rdPrime + "," + memory(wordOffset, base);
            case 7:
                return "sd " + rdPrime + "," + memory(doubleOffset, base);
            default:
                return null; // c.fld, reserved, c.fsd
        }
    }

    private static String addi4spn(int h) {
        if (h == 0) {
            return "unimp"; // the all-zero halfword is defined illegal
        }
        int immediate = bits(h, 11, 2, 4) | bits(h, 7, 4, 6) | bit(h, 6, 2) | bit(h, 5, 3);
        return immediate == 0 ? null : "add " + reg(prime(h, 2)) + ",sp," + immediate;
    }

    private static String quadrant1(int h, int funct3, long pc) {
        int rd = rdFull(h);
        int imm = imm6(h);
        switch (funct3) {
            case 0:
                return addi(rd, imm);
            case 1:
                return rd == 0 ? null : imm == 0 ? "sext.w " + regs(rd, rd) : "addw " + regs(rd, rd) + "," + imm;
            case 2:
                return (rd == 0 ? "c.li " : "li ") + reg(rd) + "," + imm;
            case 3:
                return rd == 2 ? addi16sp(h) : lui(rd, imm);
            case 4:
                return arithmetic(h);
            case 5:
                return "j " + target(pc, jumpOffset(h));
            default:
                return (funct3 == 6 ? "beqz " : "bnez ") + reg(prime(h, 7)) + "," + target(pc, branchOffset(h));
        }
    }

    private static String addi(int rd, int imm) {
        if (rd == 0) {
            return imm == 0 ? "nop" : "c.nop " + imm;
        }
        return "add " + regs(rd, rd) + "," + imm;
    }

    private static String addi16sp(int h) {
        int imm = signExtend(bit(h, 12, 9) | bit(h, 6, 4) | bit(h, 5, 6) | bits(h, 3, 2, 7) | bit(h, 2, 5), 10);
        return "add sp,sp," + imm;
    }

    private static String lui(int rd, int imm) {
        if (imm == 0) {
            return null;
        }
        return (rd == 0 ? "c.lui " : "lui ") + reg(rd) + "," + hex(imm & 0xFFFFF);
    }

    private static final String[] REGISTER_OPS = {"sub", "xor", "or", "and", "subw", "addw", null, null};

    private static String arithmetic(int h) {
        int rd = prime(h, 7);
        switch ((h >>> 10) & 3) {
            case 0:
                return shiftRight(h, rd, "c.srli64 ", "srl ");
            case 1:
                return shiftRight(h, rd, "c.srai64 ", "sra ");
            case 2:
                return "and " + regs(rd, rd) + "," + imm6(h);
            default:
                String mnemonic = REGISTER_OPS[bit(h, 12, 2) | bits(h, 5, 2, 0)];
                return mnemonic == null ? null : mnemonic + " " + regs(rd, rd, prime(h, 2));
        }
    }

    private static String shiftRight(int h, int rd, String zeroShift, String mnemonic) {
        int shamt = shamt(h);
        return shamt == 0 ? zeroShift + reg(rd) : mnemonic + regs(rd, rd) + "," + hex(shamt);
    }

    private static int jumpOffset(int h) {
        return signExtend(
                bit(h, 12, 11)
                        | bit(h, 11, 4)
                        | bits(h, 9, 2, 8)
                        | bit(h, 8, 10)
                        | bit(h, 7, 6)
                        | bit(h, 6, 7)
                        | bits(h, 3, 3, 1)
                        | bit(h, 2, 5),
                12);
    }

    private static int branchOffset(int h) {
        return signExtend(bit(h, 12, 8) | bits(h, 10, 2, 3) | bits(h, 5, 2, 6) | bits(h, 3, 2, 1) | bit(h, 2, 5), 9);
    }

    private static String quadrant2(int h, int funct3) {
        int rd = rdFull(h);
        switch (funct3) {
            case 0:
                return slli(rd, shamt(h));
            case 2:
                return rd == 0
                        ? null
                        : "lw " + reg(rd) + "," + memory(bit(h, 12, 5) | bits(h, 4, 3, 2) | bits(h, 2, 2, 6), 2);
            case 3:
                return rd == 0
                        ? null
                        : "ld " + reg(rd) + "," + memory(bit(h, 12, 5) | bits(h, 5, 2, 3) | bits(h, 2, 3, 6), 2);
            case 4:
                return registerMoves(h, rd, rs2Full(h));
            case 6:
                return "sw " + reg(rs2Full(h)) + "," + memory(bits(h, 9, 4, 2) | bits(h, 7, 2, 6), 2);
            case 7:
                return "sd " + reg(rs2Full(h)) + "," + memory(bits(h, 10, 3, 3) | bits(h, 7, 3, 6), 2);
            default:
                return null; // c.fldsp, c.fsdsp
        }
    }

    private static String slli(int rd, int shamt) {
        if (shamt == 0) {
            return "c.slli64 " + reg(rd);
        }
        return rd == 0 ? "c.slli zero," + hex(shamt) : "sll " + regs(rd, rd) + "," + hex(shamt);
    }

    /** c.jr / c.mv (bit 12 clear) and c.ebreak / c.jalr / c.add (bit 12 set). */
    private static String registerMoves(int h, int rd, int rs2) {
        boolean bit12 = (h & 0x1000) != 0;
        if (rs2 == 0) {
            if (rd == 0) {
                return bit12 ? "ebreak" : null;
            }
            if (bit12) {
                return "jalr " + reg(rd);
            }
            return rd == 1 ? "ret" : "jr " + reg(rd);
        }
        if (rd == 0) {
            return (bit12 ? "c.add zero," : "c.mv zero,") + reg(rs2);
        }
        return bit12 ? "add " + regs(rd, rd, rs2) : "mv " + regs(rd, rs2);
    }
}
