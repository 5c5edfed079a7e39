package org.mkplay.emulator.cpu;

import static org.mkplay.emulator.cpu.Op.*;

import org.mkplay.riscv.isa.Fields;
import org.mkplay.riscv.isa.Opcode;

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
        switch (Fields.opcode(insn)) {
            case Opcode.LUI:
                return LUI;
            case Opcode.AUIPC:
                return AUIPC;
            case Opcode.JAL:
                return JAL;
            case Opcode.JALR:
                return f3 == 0 ? JALR : ILLEGAL;
            case Opcode.BRANCH:
                return pick(f3, BEQ, BNE, ILLEGAL, ILLEGAL, BLT, BGE, BLTU, BGEU);
            case Opcode.LOAD:
                return pick(f3, LB, LH, LW, LD, LBU, LHU, LWU, ILLEGAL);
            case Opcode.STORE:
                return pick(f3, SB, SH, SW, SD, ILLEGAL, ILLEGAL, ILLEGAL, ILLEGAL);
            case Opcode.OP_IMM:
                return opImm(insn, f3);
            case Opcode.OP_IMM_32:
                return opImm32(f3, f7);
            case Opcode.OP:
                return op(f3, f7);
            case Opcode.OP_32:
                return op32(f3, f7);
            case Opcode.AMO:
                return amo(insn, f3, rs2);
            case Opcode.MISC_MEM:
                return f3 == 0 ? FENCE : f3 == 1 ? FENCE_I : ILLEGAL;
            case Opcode.SYSTEM:
                return system(insn, f3, rd);
            default:
                return ILLEGAL;
        }
    }

    private static int pick(int index, int... ops) {
        return ops[index];
    }

    private static int opImm(int insn, int f3) {
        int top6 = insn >>> 26;
        switch (f3) {
            case 1:
                return top6 == 0 ? SLLI : ILLEGAL;
            case 5:
                return top6 == 0 ? SRLI : top6 == 0x10 ? SRAI : ILLEGAL;
            default:
                return pick(f3, ADDI, ILLEGAL, SLTI, SLTIU, XORI, ILLEGAL, ORI, ANDI);
        }
    }

    private static int opImm32(int f3, int f7) {
        switch (f3) {
            case 0:
                return ADDIW;
            case 1:
                return f7 == 0 ? SLLIW : ILLEGAL;
            case 5:
                return f7 == 0 ? SRLIW : f7 == 0x20 ? SRAIW : ILLEGAL;
            default:
                return ILLEGAL;
        }
    }

    private static int op(int f3, int f7) {
        switch (f7) {
            case Opcode.FUNCT7_BASE:
                return pick(f3, ADD, SLL, SLT, SLTU, XOR, SRL, OR, AND);
            case Opcode.FUNCT7_ALT:
                return f3 == 0 ? SUB : f3 == 5 ? SRA : ILLEGAL;
            case Opcode.FUNCT7_MULDIV:
                return pick(f3, MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU);
            default:
                return ILLEGAL;
        }
    }

    private static int op32(int f3, int f7) {
        switch (f7) {
            case Opcode.FUNCT7_BASE:
                return f3 == 0 ? ADDW : f3 == 1 ? SLLW : f3 == 5 ? SRLW : ILLEGAL;
            case Opcode.FUNCT7_ALT:
                return f3 == 0 ? SUBW : f3 == 5 ? SRAW : ILLEGAL;
            case Opcode.FUNCT7_MULDIV:
                return pick(f3, MULW, ILLEGAL, ILLEGAL, ILLEGAL, DIVW, DIVUW, REMW, REMUW);
            default:
                return ILLEGAL;
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
            case Opcode.ECALL:
                return ECALL;
            case Opcode.EBREAK:
                return EBREAK;
            case Opcode.MRET:
                return MRET;
            case Opcode.SRET:
                return SRET;
            case Opcode.WFI:
                return WFI;
            default:
                return (insn >>> 25) == Opcode.FUNCT7_SFENCE_VMA && rd == 0 && ((insn >>> 12) & 7) == 0
                        ? SFENCE_VMA
                        : ILLEGAL;
        }
    }

    /** The immediate of a 32-bit instruction, in the form the hart consumes for {@code op}. */
    private static int immediate32(int op, int insn) {
        switch (op) {
            case LUI:
            case AUIPC:
                return Fields.immU(insn);
            case JAL:
                return Fields.immJ(insn);
            case BEQ:
            case BNE:
            case BLT:
            case BGE:
            case BLTU:
            case BGEU:
                return Fields.immB(insn);
            case SB:
            case SH:
            case SW:
            case SD:
                return Fields.immS(insn);
            case SLLI:
            case SRLI:
            case SRAI:
                return (insn >>> 20) & 63;
            case SLLIW:
            case SRLIW:
            case SRAIW:
                return (insn >>> 20) & 31;
            case AMO_W:
            case AMO_D:
                return insn >>> 27;
            case CSRRW:
            case CSRRS:
            case CSRRC:
            case CSRRWI:
            case CSRRSI:
            case CSRRCI:
                return insn >>> 20;
            default:
                return insn >> 20;
        }
    }
}
