package org.mkplay.emulator.cpu;

import static org.mkplay.emulator.cpu.Op.*;

/**
 * Decodes the RV64C compressed instructions into the ops of their 32-bit expansions (RISC-V
 * unprivileged spec, chapter "C" Standard Extension, RVC opcode map for RV64). Encodings that are
 * reserved, or that belong to F/D (not implemented), decode to {@link Op#ILLEGAL}.
 */
final class Compressed {
    private Compressed() {}

    private static final int SP = 2, RA = 1;

    static long decode(int h) {
        switch (((h & 3) << 3) | (h >>> 13)) {
            case 0:
                return addi4spn(h);
            case 2:
                return make(LW, rdPrime(h), rs1Prime(h), 0, wordOffset(h));
            case 3:
                return make(LD, rdPrime(h), rs1Prime(h), 0, doubleOffset(h));
            case 6:
                return make(SW, 0, rs1Prime(h), rdPrime(h), wordOffset(h));
            case 7:
                return make(SD, 0, rs1Prime(h), rdPrime(h), doubleOffset(h));
            case 8:
                return make(ADDI, rd(h), rd(h), 0, imm6(h));
            case 9:
                return rd(h) == 0 ? illegal(h) : make(ADDIW, rd(h), rd(h), 0, imm6(h));
            case 10:
                return make(ADDI, rd(h), 0, 0, imm6(h));
            case 11:
                return luiOrAddi16sp(h);
            case 12:
                return miscAlu(h);
            case 13:
                return make(JAL, 0, 0, 0, jumpOffset(h));
            case 14:
                return make(BEQ, 0, rs1Prime(h), 0, branchOffset(h));
            case 15:
                return make(BNE, 0, rs1Prime(h), 0, branchOffset(h));
            case 16:
                return make(SLLI, rd(h), rd(h), 0, shamt(h));
            case 18:
                return rd(h) == 0 ? illegal(h) : make(LW, rd(h), SP, 0, lwspOffset(h));
            case 19:
                return rd(h) == 0 ? illegal(h) : make(LD, rd(h), SP, 0, ldspOffset(h));
            case 20:
                return jumpOrMoveOrAdd(h);
            case 22:
                return make(SW, 0, SP, rs2(h), swspOffset(h));
            case 23:
                return make(SD, 0, SP, rs2(h), sdspOffset(h));
            default:
                return illegal(h); // C.FLD, C.FSD, C.FLDSP, C.FSDSP, reserved
        }
    }

    private static long make(int op, int rd, int rs1, int rs2, int imm) {
        return Decoder.pack(Op.word(op, rd, rs1, rs2, 2), imm);
    }

    private static long illegal(int h) {
        return Decoder.illegal(h, 2);
    }

    private static int bit(int h, int from, int to) {
        return ((h >>> from) & 1) << to;
    }

    private static int rd(int h) {
        return (h >>> 7) & 31;
    }

    private static int rs2(int h) {
        return (h >>> 2) & 31;
    }

    private static int rdPrime(int h) {
        return 8 + ((h >>> 2) & 7);
    }

    private static int rs1Prime(int h) {
        return 8 + ((h >>> 7) & 7);
    }

    /** Sign-extended imm[5] = bit 12, imm[4:0] = bits 6:2. */
    private static int imm6(int h) {
        return ((h << 19) >> 26 & ~31) | ((h >>> 2) & 31);
    }

    private static int shamt(int h) {
        return bit(h, 12, 5) | ((h >>> 2) & 31);
    }

    private static long addi4spn(int h) {
        int imm = (((h >>> 11) & 3) << 4) | (((h >>> 7) & 15) << 6) | bit(h, 6, 2) | bit(h, 5, 3);
        return imm == 0 ? illegal(h) : make(ADDI, rdPrime(h), SP, 0, imm);
    }

    private static int wordOffset(int h) {
        return (((h >>> 10) & 7) << 3) | bit(h, 6, 2) | bit(h, 5, 6);
    }

    private static int doubleOffset(int h) {
        return (((h >>> 10) & 7) << 3) | (((h >>> 5) & 3) << 6);
    }

    private static int lwspOffset(int h) {
        return bit(h, 12, 5) | (((h >>> 4) & 7) << 2) | (((h >>> 2) & 3) << 6);
    }

    private static int ldspOffset(int h) {
        return bit(h, 12, 5) | (((h >>> 5) & 3) << 3) | (((h >>> 2) & 7) << 6);
    }

    private static int swspOffset(int h) {
        return (((h >>> 9) & 15) << 2) | (((h >>> 7) & 3) << 6);
    }

    private static int sdspOffset(int h) {
        return (((h >>> 10) & 7) << 3) | (((h >>> 7) & 7) << 6);
    }

    private static long luiOrAddi16sp(int h) {
        int rd = rd(h);
        if (rd == SP) {
            int imm = -bit(h, 12, 9) | bit(h, 6, 4) | bit(h, 5, 6) | (((h >>> 3) & 3) << 7) | bit(h, 2, 5);
            return imm == 0 ? illegal(h) : make(ADDI, SP, SP, 0, imm);
        }
        int imm = imm6(h) << 12;
        return imm == 0 ? illegal(h) : make(LUI, rd, 0, 0, imm);
    }

    private static long miscAlu(int h) {
        int rd = rs1Prime(h);
        switch ((h >>> 10) & 3) {
            case 0:
                return make(SRLI, rd, rd, 0, shamt(h));
            case 1:
                return make(SRAI, rd, rd, 0, shamt(h));
            case 2:
                return make(ANDI, rd, rd, 0, imm6(h));
            default:
                break;
        }
        int rs2 = rdPrime(h);
        int sel = (((h >>> 12) & 1) << 2) | ((h >>> 5) & 3);
        int[] ops = {SUB, XOR, OR, AND, SUBW, ADDW, ILLEGAL, ILLEGAL};
        return ops[sel] == ILLEGAL ? illegal(h) : make(ops[sel], rd, rd, rs2, 0);
    }

    private static int jumpOffset(int h) {
        return -bit(h, 12, 11)
                | bit(h, 11, 4)
                | (((h >>> 9) & 3) << 8)
                | bit(h, 8, 10)
                | bit(h, 7, 6)
                | bit(h, 6, 7)
                | (((h >>> 3) & 7) << 1)
                | bit(h, 2, 5);
    }

    private static int branchOffset(int h) {
        return -bit(h, 12, 8)
                | (((h >>> 10) & 3) << 3)
                | (((h >>> 5) & 3) << 6)
                | (((h >>> 3) & 3) << 1)
                | bit(h, 2, 5);
    }

    private static long jumpOrMoveOrAdd(int h) {
        int rd = rd(h), rs2 = rs2(h);
        boolean bit12 = ((h >>> 12) & 1) != 0;
        if (!bit12) {
            if (rs2 != 0) {
                return make(ADD, rd, 0, rs2, 0); // C.MV
            }
            return rd == 0 ? illegal(h) : make(JALR, 0, rd, 0, 0); // C.JR
        }
        if (rs2 != 0) {
            return make(ADD, rd, rd, rs2, 0); // C.ADD
        }
        return rd == 0 ? make(EBREAK, 0, 0, 0, 0) : make(JALR, RA, rd, 0, 0); // C.EBREAK / C.JALR
    }
}
