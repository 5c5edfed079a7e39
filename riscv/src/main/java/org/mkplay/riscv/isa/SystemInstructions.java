package org.mkplay.riscv.isa;

import static org.mkplay.riscv.isa.Fields.*;
import static org.mkplay.riscv.isa.Operands.*;

import org.mkplay.riscv.priv.Csr;

/** MISC-MEM (fences), SYSTEM (privileged, Zicsr) and A-extension instructions, objdump style. */
final class SystemInstructions {
    private SystemInstructions() {}

    /** The F extension's CSRs, which objdump names by their own aliases even without F. */
    private static final int CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003;

    static String miscMem(int insn) {
        if (insn == Opcode.FENCE_I) {
            return "fence.i";
        }
        if (insn == Opcode.FENCE_TSO) {
            return "fence.tso";
        }
        // fence: fm, rd and rs1 must be zero; pred at bits 27:24, succ at 23:20.
        if ((insn & 0xF00FFF80) != 0) {
            return null;
        }
        int pred = (insn >>> 24) & 0xF;
        int succ = (insn >>> 20) & 0xF;
        return pred == 0xF && succ == 0xF ? "fence" : "fence " + fenceSet(pred) + "," + fenceSet(succ);
    }

    /** i/o/r/w for bits 3..0; objdump prints an empty set as "unknown". */
    private static String fenceSet(int bits) {
        if (bits == 0) {
            return "unknown";
        }
        StringBuilder text = new StringBuilder();
        String letters = "iorw";
        for (int bit = 3; bit >= 0; bit--) {
            if ((bits & (1 << bit)) != 0) {
                text.append(letters.charAt(3 - bit));
            }
        }
        return text.toString();
    }

    static String system(int insn) {
        int funct3 = funct3(insn);
        if (insn == Opcode.UNIMP) {
            return "unimp";
        }
        if (funct3 == 0) {
            return privileged(insn);
        }
        if (funct3 == 4) {
            return null; // hypervisor loads/stores: not in the default ISA
        }
        int csr = csr(insn);
        int rd = rd(insn);
        int source = rs1(insn); // a register, or a 5-bit immediate for the *i forms
        String operand = funct3 >= 5 ? Integer.toString(source) : reg(source);
        switch (funct3 & 3) {
            case 1:
                return csrWrite(csr, rd, operand, funct3 >= 5);
            case 2:
                return funct3 == 2 && source == 0 ? csrRead(csr, rd) : csrUpdate("csrs", "csrrs", csr, rd, operand);
            default:
                return csrUpdate("csrc", "csrrc", csr, rd, operand);
        }
    }

    private static String privileged(int insn) {
        switch (insn) {
            case Opcode.ECALL:
                return "ecall";
            case Opcode.EBREAK:
                return "ebreak";
            case Opcode.URET:
                return "uret";
            case Opcode.SRET:
                return "sret";
            case Opcode.MRET:
                return "mret";
            case Opcode.DRET:
                return "dret";
            case Opcode.WFI:
                return "wfi";
            default:
                break;
        }
        if (funct7(insn) != Opcode.FUNCT7_SFENCE_VMA || rd(insn) != 0) {
            return null;
        }
        int rs1 = rs1(insn);
        int rs2 = rs2(insn);
        if (rs2 != 0) {
            return "sfence.vma " + regs(rs1, rs2);
        }
        return rs1 == 0 ? "sfence.vma" : "sfence.vma " + reg(rs1);
    }

    /** csrrs rd, csr, zero: rdcycle/rdtime/rdinstret, the F-extension readers, or csrr. */
    private static String csrRead(int csr, int rd) {
        switch (csr) {
            case Csr.CYCLE:
                return "rdcycle " + reg(rd);
            case Csr.TIME:
                return "rdtime " + reg(rd);
            case Csr.INSTRET:
                return "rdinstret " + reg(rd);
            case CSR_FCSR:
                return "frcsr " + reg(rd);
            case CSR_FRM:
                return "frrm " + reg(rd);
            case CSR_FFLAGS:
                return "frflags " + reg(rd);
            default:
                return "csrr " + reg(rd) + "," + CsrNames.name(csr);
        }
    }

    /** csrrw / csrrwi, with objdump's F-extension aliases (fscsr, fsrm, fsflags, fsrmi, fsflagsi). */
    private static String csrWrite(int csr, int rd, String operand, boolean immediate) {
        String floatAlias = floatWriteAlias(csr, immediate);
        if (floatAlias != null) {
            return rd == 0 && !immediate ? floatAlias + " " + operand : floatAlias + " " + reg(rd) + "," + operand;
        }
        return rd == 0
                ? "csrw " + CsrNames.name(csr) + "," + operand
                : "csrrw " + reg(rd) + "," + CsrNames.name(csr) + "," + operand;
    }

    private static String floatWriteAlias(int csr, boolean immediate) {
        switch (csr) {
            case CSR_FCSR:
                return immediate ? null : "fscsr";
            case CSR_FRM:
                return immediate ? "fsrmi" : "fsrm";
            case CSR_FFLAGS:
                return immediate ? "fsflagsi" : "fsflags";
            default:
                return null;
        }
    }

    private static String csrUpdate(String shortForm, String longForm, int csr, int rd, String operand) {
        String name = CsrNames.name(csr);
        return rd == 0 ? shortForm + " " + name + "," + operand : longForm + " " + reg(rd) + "," + name + "," + operand;
    }

    private static final String[] AMO_NAMES = new String[32];

    static {
        String[] pairs = {
            "00=amoadd",
            "01=amoswap",
            "02=lr",
            "03=sc",
            "04=amoxor",
            "0c=amoand",
            "08=amoor",
            "10=amomin",
            "14=amomax",
            "18=amominu",
            "1c=amomaxu"
        };
        for (String pair : pairs) {
            AMO_NAMES[Integer.parseInt(pair.substring(0, 2), 16)] = pair.substring(3);
        }
    }

    private static final String[] ORDERING = {"", ".rl", ".aq", ".aqrl"};

    static String atomic(int insn) {
        int funct3 = funct3(insn);
        String name = AMO_NAMES[insn >>> 27];
        if ((funct3 != 2 && funct3 != 3) || name == null) {
            return null;
        }
        String mnemonic = name + (funct3 == 2 ? ".w" : ".d") + ORDERING[(insn >>> 25) & 3];
        String address = "(" + reg(rs1(insn)) + ")";
        if (name.equals("lr")) {
            return rs2(insn) == 0 ? mnemonic + " " + reg(rd(insn)) + "," + address : null;
        }
        return mnemonic + " " + regs(rd(insn), rs2(insn)) + "," + address;
    }
}
