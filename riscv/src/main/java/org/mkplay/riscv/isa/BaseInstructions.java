package org.mkplay.riscv.isa;

import static org.mkplay.riscv.isa.Fields.*;
import static org.mkplay.riscv.isa.Operands.*;

/**
 * RV64I and M instructions (32-bit encodings), with objdump's aliases. binutils 2.40 prints the
 * register-immediate arithmetic under the register mnemonic (addi -> "add a0,a1,5", slli -> "sll
 * a0,a1,0x3") except slti/sltiu; shift amounts print in hex, other immediates in decimal.
 */
final class BaseInstructions {
    private BaseInstructions() {}

    private static final String[] LOADS = {"lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", null};
    private static final String[] STORES = {"sb", "sh", "sw", "sd", null, null, null, null};
    private static final String[] BRANCHES = {"beq", "bne", null, null, "blt", "bge", "bltu", "bgeu"};
    /** OP with funct7 0 / 0x20 / 0x01 (M), by funct3. */
    private static final String[] OP_BASE = {"add", "sll", "slt", "sltu", "xor", "srl", "or", "and"};

    private static final String[] OP_ALT = {"sub", null, null, null, null, "sra", null, null};
    private static final String[] OP_MUL = {"mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu"};
    private static final String[] OP32_BASE = {"addw", "sllw", null, null, null, "srlw", null, null};
    private static final String[] OP32_ALT = {"subw", null, null, null, null, "sraw", null, null};
    private static final String[] OP32_MUL = {"mulw", null, null, null, "divw", "divuw", "remw", "remuw"};

    static String jal(int insn, long pc) {
        String target = target(pc, immJ(insn));
        switch (rd(insn)) {
            case 0:
                return "j " + target;
            case 1:
                return "jal " + target;
            default:
                return "jal " + reg(rd(insn)) + "," + target;
        }
    }

    static String jalr(int insn) {
        if (funct3(insn) != 0) {
            return null;
        }
        int rd = rd(insn);
        int rs1 = rs1(insn);
        int offset = immI(insn);
        String address = offset == 0 ? reg(rs1) : memory(offset, rs1);
        if (rd == 0) {
            return rs1 == 1 && offset == 0 ? "ret" : "jr " + address;
        }
        return rd == 1 ? "jalr " + address : "jalr " + reg(rd) + "," + address;
    }

    static String branch(int insn, long pc) {
        String mnemonic = BRANCHES[funct3(insn)];
        if (mnemonic == null) {
            return null;
        }
        int rs1 = rs1(insn);
        int rs2 = rs2(insn);
        String target = target(pc, immB(insn));
        String zeroForm = branchAgainstZero(mnemonic, rs1, rs2);
        return zeroForm != null ? zeroForm + "," + target : mnemonic + " " + regs(rs1, rs2) + "," + target;
    }

    /**
     * beqz/bnez/bltz/bgez (rs2 = zero), bgtz/blez (rs1 = zero), or null. When both are zero,
     * objdump's table order decides: blt prefers bltz, bge prefers blez.
     */
    private static String branchAgainstZero(String mnemonic, int rs1, int rs2) {
        switch (mnemonic) {
            case "beq":
            case "bne":
                return rs2 == 0 ? mnemonic + "z " + reg(rs1) : null;
            case "blt":
                if (rs2 == 0) {
                    return "bltz " + reg(rs1);
                }
                return rs1 == 0 ? "bgtz " + reg(rs2) : null;
            case "bge":
                if (rs1 == 0) {
                    return "blez " + reg(rs2);
                }
                return rs2 == 0 ? "bgez " + reg(rs1) : null;
            default:
                return null;
        }
    }

    static String load(int insn) {
        String mnemonic = LOADS[funct3(insn)];
        return mnemonic == null ? null : mnemonic + " " + reg(rd(insn)) + "," + memory(immI(insn), rs1(insn));
    }

    static String store(int insn) {
        String mnemonic = STORES[funct3(insn)];
        return mnemonic == null ? null : mnemonic + " " + reg(rs2(insn)) + "," + memory(immS(insn), rs1(insn));
    }

    static String opImm(int insn) {
        int rd = rd(insn);
        int rs1 = rs1(insn);
        int imm = immI(insn);
        String pair = regs(rd, rs1) + ",";
        switch (funct3(insn)) {
            case 0:
                return addi(rd, rs1, imm);
            case 1:
                return (insn >>> 26) == 0 ? "sll " + pair + hex(imm & 0x3F) : null;
            case 2:
                return "slti " + pair + imm;
            case 3:
                return imm == 1 ? "seqz " + regs(rd, rs1) : "sltiu " + pair + imm;
            case 4:
                return imm == -1 ? "not " + regs(rd, rs1) : "xor " + pair + imm;
            case 5:
                return shiftRightImmediate(insn, 0x3F, "srl", "sra");
            case 6:
                return "or " + pair + imm;
            default:
                return imm == 0xFF ? "zext.b " + regs(rd, rs1) : "and " + pair + imm;
        }
    }

    private static String addi(int rd, int rs1, int imm) {
        if (rs1 == 0) {
            return rd == 0 && imm == 0 ? "nop" : "li " + reg(rd) + "," + imm;
        }
        return imm == 0 ? "mv " + regs(rd, rs1) : "add " + regs(rd, rs1) + "," + imm;
    }

    /** srli/srai (and the W forms): funct6 (or funct7) 0 is logical, 0b010000.. arithmetic. */
    private static String shiftRightImmediate(int insn, int shamtMask, String logical, String arithmetic) {
        int upper = (insn >>> 20) & ~shamtMask & 0xFFF;
        String operands = " " + regs(rd(insn), rs1(insn)) + "," + hex((insn >>> 20) & shamtMask);
        if (upper == 0) {
            return logical + operands;
        }
        return upper == 0x400 ? arithmetic + operands : null;
    }

    static String opImm32(int insn) {
        int rd = rd(insn);
        int rs1 = rs1(insn);
        switch (funct3(insn)) {
            case 0:
                return immI(insn) == 0 ? "sext.w " + regs(rd, rs1) : "addw " + regs(rd, rs1) + "," + immI(insn);
            case 1:
                return funct7(insn) == 0 ? "sllw " + regs(rd, rs1) + "," + hex(rs2(insn)) : null;
            case 5:
                return shiftRightImmediate(insn, 0x1F, "srlw", "sraw");
            default:
                return null;
        }
    }

    static String op(int insn) {
        String mnemonic = byFunct7(insn, OP_BASE, OP_ALT, OP_MUL);
        if (mnemonic == null) {
            return null;
        }
        int rd = rd(insn);
        int rs1 = rs1(insn);
        int rs2 = rs2(insn);
        String alias = opAlias(mnemonic, rd, rs1, rs2);
        return alias != null ? alias : mnemonic + " " + regs(rd, rs1, rs2);
    }

    /** neg (sub from zero), snez (sltu from zero), sltz / sgtz (slt against zero), or null. */
    private static String opAlias(String mnemonic, int rd, int rs1, int rs2) {
        switch (mnemonic) {
            case "sub":
                return rs1 == 0 ? "neg " + regs(rd, rs2) : null;
            case "sltu":
                return rs1 == 0 ? "snez " + regs(rd, rs2) : null;
            case "slt":
                if (rs2 == 0) {
                    return "sltz " + regs(rd, rs1);
                }
                return rs1 == 0 ? "sgtz " + regs(rd, rs2) : null;
            default:
                return null;
        }
    }

    static String op32(int insn) {
        String mnemonic = byFunct7(insn, OP32_BASE, OP32_ALT, OP32_MUL);
        if (mnemonic == null) {
            return null;
        }
        if (mnemonic.equals("subw") && rs1(insn) == 0) {
            return "negw " + regs(rd(insn), rs2(insn));
        }
        return mnemonic + " " + regs(rd(insn), rs1(insn), rs2(insn));
    }

    private static String byFunct7(int insn, String[] base, String[] alternate, String[] multiply) {
        switch (funct7(insn)) {
            case Opcode.FUNCT7_BASE:
                return base[funct3(insn)];
            case Opcode.FUNCT7_ALT:
                return alternate[funct3(insn)];
            case Opcode.FUNCT7_MULDIV:
                return multiply[funct3(insn)];
            default:
                return null;
        }
    }
}
