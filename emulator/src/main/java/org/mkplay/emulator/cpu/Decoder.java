package org.mkplay.emulator.cpu;

import static org.mkplay.emulator.cpu.Op.*;

/**
 * Decodes RV64IMAC + Zicsr + Zifencei instructions into the pre-decoded form of {@link Op}.
 * The result is packed as {@code (long) immediate << 32 | word}. Anything not in the ISA decodes
 * to {@link Op#ILLEGAL} with the instruction bits as immediate (they become {@code mtval}).
 */
public final class Decoder {
    private Decoder() {}

    public static long decode(int instruction) {
        return (instruction & 3) == 3 ? decode32(instruction) : Compressed.decode(instruction & 0xFFFF);
    }

    static long pack(int word, int imm) {
        return ((long) imm << 32) | (word & 0xFFFFFFFFL);
    }

    static long illegal(int bits, int length) {
        return pack(Op.word(ILLEGAL, 0, 0, 0, length), bits);
    }

    public static int immediate(long decoded) {
        return (int) (decoded >>> 32);
    }

    public static int word(long decoded) {
        return (int) decoded;
    }

    static long decode32(int insn) {
        int rd = (insn >>> 7) & 31, f3 = (insn >>> 12) & 7, rs1 = (insn >>> 15) & 31, rs2 = (insn >>> 20) & 31;
        int op = select32(insn, f3, rs1, rs2, rd);
        if (op == ILLEGAL) {
            return illegal(insn, 4);
        }
        return pack(Op.word(op, rd, rs1, rs2, 4), immediate32(op, insn));
    }

    private static int select32(int insn, int f3, int rs1, int rs2, int rd) {
        int f7 = insn >>> 25;
        switch (insn & 0x7F) {
            case 0x37: return LUI;
            case 0x17: return AUIPC;
            case 0x6F: return JAL;
            case 0x67: return f3 == 0 ? JALR : ILLEGAL;
            case 0x63: return pick(f3, BEQ, BNE, ILLEGAL, ILLEGAL, BLT, BGE, BLTU, BGEU);
            case 0x03: return pick(f3, LB, LH, LW, LD, LBU, LHU, LWU, ILLEGAL);
            case 0x23: return pick(f3, SB, SH, SW, SD, ILLEGAL, ILLEGAL, ILLEGAL, ILLEGAL);
            case 0x13: return opImm(insn, f3);
            case 0x1B: return opImm32(f3, f7);
            case 0x33: return op(f3, f7);
            case 0x3B: return op32(f3, f7);
            case 0x2F: return amo(insn, f3, rs2);
            case 0x0F: return f3 == 0 ? FENCE : f3 == 1 ? FENCE_I : ILLEGAL;
            case 0x73: return system(insn, f3, rd);
            default: return ILLEGAL;
        }
    }

    private static int pick(int index, int... ops) {
        return ops[index];
    }

    private static int opImm(int insn, int f3) {
        int top6 = insn >>> 26;
        switch (f3) {
            case 1: return top6 == 0 ? SLLI : ILLEGAL;
            case 5: return top6 == 0 ? SRLI : top6 == 0x10 ? SRAI : ILLEGAL;
            default: return pick(f3, ADDI, ILLEGAL, SLTI, SLTIU, XORI, ILLEGAL, ORI, ANDI);
        }
    }

    private static int opImm32(int f3, int f7) {
        switch (f3) {
            case 0: return ADDIW;
            case 1: return f7 == 0 ? SLLIW : ILLEGAL;
            case 5: return f7 == 0 ? SRLIW : f7 == 0x20 ? SRAIW : ILLEGAL;
            default: return ILLEGAL;
        }
    }

    private static int op(int f3, int f7) {
        switch (f7) {
            case 0x00: return pick(f3, ADD, SLL, SLT, SLTU, XOR, SRL, OR, AND);
            case 0x20: return f3 == 0 ? SUB : f3 == 5 ? SRA : ILLEGAL;
            case 0x01: return pick(f3, MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU);
            default: return ILLEGAL;
        }
    }

    private static int op32(int f3, int f7) {
        switch (f7) {
            case 0x00: return f3 == 0 ? ADDW : f3 == 1 ? SLLW : f3 == 5 ? SRLW : ILLEGAL;
            case 0x20: return f3 == 0 ? SUBW : f3 == 5 ? SRAW : ILLEGAL;
            case 0x01: return pick(f3, MULW, ILLEGAL, ILLEGAL, ILLEGAL, DIVW, DIVUW, REMW, REMUW);
            default: return ILLEGAL;
        }
    }

    /** Valid funct5 values of the A extension: AMOADD 0, SWAP 1, LR 2, SC 3, XOR 4, OR 8, AND 12, MIN 16, MAX 20, MINU 24, MAXU 28. */
    private static final int AMO_FUNCT5 = 0b0001_0001_0001_0001_0001_0001_0001_1111;

    private static int amo(int insn, int f3, int rs2) {
        int funct5 = insn >>> 27;
        if ((f3 != 2 && f3 != 3) || (AMO_FUNCT5 >>> funct5 & 1) == 0 || (funct5 == 2 && rs2 != 0)) {
            return ILLEGAL;
        }
        return f3 == 2 ? AMO_W : AMO_D;
    }

    private static int system(int insn, int f3, int rd) {
        if (f3 == 4) {
            return ILLEGAL;
        }
        if (f3 != 0) {
            return CSRRW - 1 + (f3 & 3) + ((f3 & 4) != 0 ? 3 : 0);
        }
        switch (insn) {
            case 0x0000_0073: return ECALL;
            case 0x0010_0073: return EBREAK;
            case 0x3020_0073: return MRET;
            case 0x1020_0073: return SRET;
            case 0x1050_0073: return WFI;
            default: return (insn >>> 25) == 0x09 && rd == 0 && ((insn >>> 12) & 7) == 0 ? SFENCE_VMA : ILLEGAL;
        }
    }

    /** The immediate of a 32-bit instruction, in the form the hart consumes for {@code op}. */
    private static int immediate32(int op, int insn) {
        switch (op) {
            case LUI: case AUIPC: return insn & 0xFFFFF000;
            case JAL: return jImmediate(insn);
            case BEQ: case BNE: case BLT: case BGE: case BLTU: case BGEU: return bImmediate(insn);
            case SB: case SH: case SW: case SD: return ((insn >> 25) << 5) | ((insn >>> 7) & 31);
            case SLLI: case SRLI: case SRAI: return (insn >>> 20) & 63;
            case SLLIW: case SRLIW: case SRAIW: return (insn >>> 20) & 31;
            case AMO_W: case AMO_D: return insn >>> 27;
            case CSRRW: case CSRRS: case CSRRC: case CSRRWI: case CSRRSI: case CSRRCI: return insn >>> 20;
            default: return insn >> 20;
        }
    }

    private static int jImmediate(int insn) {
        return ((insn >> 31) << 20) | (insn & 0xFF000) | (((insn >>> 20) & 1) << 11) | (((insn >>> 21) & 0x3FF) << 1);
    }

    private static int bImmediate(int insn) {
        return ((insn >> 31) << 12) | (((insn >>> 7) & 1) << 11) | (((insn >>> 25) & 0x3F) << 5) | (((insn >>> 8) & 0xF) << 1);
    }
}
