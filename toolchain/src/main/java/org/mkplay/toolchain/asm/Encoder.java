package org.mkplay.toolchain.asm;

import org.mkplay.riscv.isa.Opcode;

/**
 * Encodings of RV64IMAC + Zicsr + Zifencei + privileged instructions, one static method per instruction.
 * Every method returns the instruction word (32-bit forms) or halfword (RVC forms, in the low 16 bits).
 * Operands are range-checked; a bad operand throws {@link IllegalArgumentException} naming the instruction
 * and the operand. Branch and jump offsets are byte offsets relative to the instruction itself.
 */
public final class Encoder {
    private Encoder() {}

    // ---- base formats (RISC-V unprivileged spec, chapter 2 "Base instruction formats") ----

    static int r(String op, int opcode, int f3, int f7, int rd, int rs1, int rs2) {
        return f7 << 25
                | reg(op, "rs2", rs2) << 20
                | reg(op, "rs1", rs1) << 15
                | f3 << 12
                | reg(op, "rd", rd) << 7
                | opcode;
    }

    static int i(String op, int opcode, int f3, int rd, int rs1, long imm) {
        signed(op, "imm", imm, 12);
        return ((int) imm & 0xfff) << 20 | reg(op, "rs1", rs1) << 15 | f3 << 12 | reg(op, "rd", rd) << 7 | opcode;
    }

    static int s(String op, int f3, int rs1, int rs2, long imm) {
        signed(op, "offset", imm, 12);
        int v = (int) imm;
        return (v >> 5 & 0x7f) << 25
                | reg(op, "rs2", rs2) << 20
                | reg(op, "rs1", rs1) << 15
                | f3 << 12
                | (v & 0x1f) << 7
                | Opcode.STORE;
    }

    static int b(String op, int f3, int rs1, int rs2, long offset) {
        signed(op, "offset", offset, 13);
        even(op, offset);
        int v = (int) offset;
        return (v >> 12 & 1) << 31
                | (v >> 5 & 0x3f) << 25
                | reg(op, "rs2", rs2) << 20
                | reg(op, "rs1", rs1) << 15
                | f3 << 12
                | (v >> 1 & 0xf) << 8
                | (v >> 11 & 1) << 7
                | Opcode.BRANCH;
    }

    static int u(String op, int opcode, int rd, long imm20) {
        if (imm20 < -(1 << 19) || imm20 >= (1 << 20)) throw bad(op, "imm", imm20, "20-bit upper immediate");
        return ((int) imm20 & 0xfffff) << 12 | reg(op, "rd", rd) << 7 | opcode;
    }

    static int j(String op, int rd, long offset) {
        signed(op, "offset", offset, 21);
        even(op, offset);
        int v = (int) offset;
        return (v >> 20 & 1) << 31
                | (v >> 1 & 0x3ff) << 21
                | (v >> 11 & 1) << 20
                | (v >> 12 & 0xff) << 12
                | reg(op, "rd", rd) << 7
                | Opcode.JAL;
    }

    private static int reg(String op, String name, int r) {
        if (r < 0 || r > 31) throw bad(op, name, r, "register x0..x31");
        return r;
    }

    private static void signed(String op, String name, long v, int bits) {
        if (v < -(1L << (bits - 1)) || v >= (1L << (bits - 1))) throw bad(op, name, v, bits + "-bit signed range");
    }

    private static void even(String op, long v) {
        if ((v & 1) != 0) throw bad(op, "offset", v, "even byte offset");
    }

    private static int shamt(String op, long sh, int max) {
        if (sh < 0 || sh > max) throw bad(op, "shamt", sh, "0.." + max);
        return (int) sh;
    }

    static IllegalArgumentException bad(String op, String operand, long value, String expected) {
        return new IllegalArgumentException(
                op + ": operand " + operand + " = " + value + " out of range (" + expected + ")");
    }

    // ---- RV64I ----
    public static int lui(int rd, long imm20) {
        return u("lui", Opcode.LUI, rd, imm20);
    }

    public static int auipc(int rd, long imm20) {
        return u("auipc", Opcode.AUIPC, rd, imm20);
    }

    public static int jal(int rd, long offset) {
        return j("jal", rd, offset);
    }

    public static int jalr(int rd, int rs1, long imm) {
        return i("jalr", Opcode.JALR, 0, rd, rs1, imm);
    }

    public static int beq(int rs1, int rs2, long off) {
        return b("beq", 0, rs1, rs2, off);
    }

    public static int bne(int rs1, int rs2, long off) {
        return b("bne", 1, rs1, rs2, off);
    }

    public static int blt(int rs1, int rs2, long off) {
        return b("blt", 4, rs1, rs2, off);
    }

    public static int bge(int rs1, int rs2, long off) {
        return b("bge", 5, rs1, rs2, off);
    }

    public static int bltu(int rs1, int rs2, long off) {
        return b("bltu", 6, rs1, rs2, off);
    }

    public static int bgeu(int rs1, int rs2, long off) {
        return b("bgeu", 7, rs1, rs2, off);
    }

    public static int lb(int rd, int rs1, long imm) {
        return i("lb", Opcode.LOAD, 0, rd, rs1, imm);
    }

    public static int lh(int rd, int rs1, long imm) {
        return i("lh", Opcode.LOAD, 1, rd, rs1, imm);
    }

    public static int lw(int rd, int rs1, long imm) {
        return i("lw", Opcode.LOAD, 2, rd, rs1, imm);
    }

    public static int ld(int rd, int rs1, long imm) {
        return i("ld", Opcode.LOAD, 3, rd, rs1, imm);
    }

    public static int lbu(int rd, int rs1, long imm) {
        return i("lbu", Opcode.LOAD, 4, rd, rs1, imm);
    }

    public static int lhu(int rd, int rs1, long imm) {
        return i("lhu", Opcode.LOAD, 5, rd, rs1, imm);
    }

    public static int lwu(int rd, int rs1, long imm) {
        return i("lwu", Opcode.LOAD, 6, rd, rs1, imm);
    }

    public static int sb(int rs2, int rs1, long imm) {
        return s("sb", 0, rs1, rs2, imm);
    }

    public static int sh(int rs2, int rs1, long imm) {
        return s("sh", 1, rs1, rs2, imm);
    }

    public static int sw(int rs2, int rs1, long imm) {
        return s("sw", 2, rs1, rs2, imm);
    }

    public static int sd(int rs2, int rs1, long imm) {
        return s("sd", 3, rs1, rs2, imm);
    }

    public static int addi(int rd, int rs1, long imm) {
        return i("addi", Opcode.OP_IMM, 0, rd, rs1, imm);
    }

    public static int slti(int rd, int rs1, long imm) {
        return i("slti", Opcode.OP_IMM, 2, rd, rs1, imm);
    }

    public static int sltiu(int rd, int rs1, long imm) {
        return i("sltiu", Opcode.OP_IMM, 3, rd, rs1, imm);
    }

    public static int xori(int rd, int rs1, long imm) {
        return i("xori", Opcode.OP_IMM, 4, rd, rs1, imm);
    }

    public static int ori(int rd, int rs1, long imm) {
        return i("ori", Opcode.OP_IMM, 6, rd, rs1, imm);
    }

    public static int andi(int rd, int rs1, long imm) {
        return i("andi", Opcode.OP_IMM, 7, rd, rs1, imm);
    }

    public static int slli(int rd, int rs1, long sh) {
        return i("slli", Opcode.OP_IMM, 1, rd, rs1, shamt("slli", sh, 63));
    }

    public static int srli(int rd, int rs1, long sh) {
        return i("srli", Opcode.OP_IMM, 5, rd, rs1, shamt("srli", sh, 63));
    }

    public static int srai(int rd, int rs1, long sh) {
        return i("srai", Opcode.OP_IMM, 5, rd, rs1, 0x400 | shamt("srai", sh, 63));
    }

    public static int addiw(int rd, int rs1, long imm) {
        return i("addiw", Opcode.OP_IMM_32, 0, rd, rs1, imm);
    }

    public static int slliw(int rd, int rs1, long sh) {
        return i("slliw", Opcode.OP_IMM_32, 1, rd, rs1, shamt("slliw", sh, 31));
    }

    public static int srliw(int rd, int rs1, long sh) {
        return i("srliw", Opcode.OP_IMM_32, 5, rd, rs1, shamt("srliw", sh, 31));
    }

    public static int sraiw(int rd, int rs1, long sh) {
        return i("sraiw", Opcode.OP_IMM_32, 5, rd, rs1, 0x400 | shamt("sraiw", sh, 31));
    }

    public static int add(int rd, int rs1, int rs2) {
        return r("add", Opcode.OP, 0, 0, rd, rs1, rs2);
    }

    public static int sub(int rd, int rs1, int rs2) {
        return r("sub", Opcode.OP, 0, Opcode.FUNCT7_ALT, rd, rs1, rs2);
    }

    public static int sll(int rd, int rs1, int rs2) {
        return r("sll", Opcode.OP, 1, 0, rd, rs1, rs2);
    }

    public static int slt(int rd, int rs1, int rs2) {
        return r("slt", Opcode.OP, 2, 0, rd, rs1, rs2);
    }

    public static int sltu(int rd, int rs1, int rs2) {
        return r("sltu", Opcode.OP, 3, 0, rd, rs1, rs2);
    }

    public static int xor(int rd, int rs1, int rs2) {
        return r("xor", Opcode.OP, 4, 0, rd, rs1, rs2);
    }

    public static int srl(int rd, int rs1, int rs2) {
        return r("srl", Opcode.OP, 5, 0, rd, rs1, rs2);
    }

    public static int sra(int rd, int rs1, int rs2) {
        return r("sra", Opcode.OP, 5, Opcode.FUNCT7_ALT, rd, rs1, rs2);
    }

    public static int or(int rd, int rs1, int rs2) {
        return r("or", Opcode.OP, 6, 0, rd, rs1, rs2);
    }

    public static int and(int rd, int rs1, int rs2) {
        return r("and", Opcode.OP, 7, 0, rd, rs1, rs2);
    }

    public static int addw(int rd, int rs1, int rs2) {
        return r("addw", Opcode.OP_32, 0, 0, rd, rs1, rs2);
    }

    public static int subw(int rd, int rs1, int rs2) {
        return r("subw", Opcode.OP_32, 0, Opcode.FUNCT7_ALT, rd, rs1, rs2);
    }

    public static int sllw(int rd, int rs1, int rs2) {
        return r("sllw", Opcode.OP_32, 1, 0, rd, rs1, rs2);
    }

    public static int srlw(int rd, int rs1, int rs2) {
        return r("srlw", Opcode.OP_32, 5, 0, rd, rs1, rs2);
    }

    public static int sraw(int rd, int rs1, int rs2) {
        return r("sraw", Opcode.OP_32, 5, Opcode.FUNCT7_ALT, rd, rs1, rs2);
    }

    // ---- M extension ----
    public static int mul(int rd, int rs1, int rs2) {
        return r("mul", Opcode.OP, 0, 1, rd, rs1, rs2);
    }

    public static int mulh(int rd, int rs1, int rs2) {
        return r("mulh", Opcode.OP, 1, 1, rd, rs1, rs2);
    }

    public static int mulhsu(int rd, int rs1, int rs2) {
        return r("mulhsu", Opcode.OP, 2, 1, rd, rs1, rs2);
    }

    public static int mulhu(int rd, int rs1, int rs2) {
        return r("mulhu", Opcode.OP, 3, 1, rd, rs1, rs2);
    }

    public static int div(int rd, int rs1, int rs2) {
        return r("div", Opcode.OP, 4, 1, rd, rs1, rs2);
    }

    public static int divu(int rd, int rs1, int rs2) {
        return r("divu", Opcode.OP, 5, 1, rd, rs1, rs2);
    }

    public static int rem(int rd, int rs1, int rs2) {
        return r("rem", Opcode.OP, 6, 1, rd, rs1, rs2);
    }

    public static int remu(int rd, int rs1, int rs2) {
        return r("remu", Opcode.OP, 7, 1, rd, rs1, rs2);
    }

    public static int mulw(int rd, int rs1, int rs2) {
        return r("mulw", Opcode.OP_32, 0, 1, rd, rs1, rs2);
    }

    public static int divw(int rd, int rs1, int rs2) {
        return r("divw", Opcode.OP_32, 4, 1, rd, rs1, rs2);
    }

    public static int divuw(int rd, int rs1, int rs2) {
        return r("divuw", Opcode.OP_32, 5, 1, rd, rs1, rs2);
    }

    public static int remw(int rd, int rs1, int rs2) {
        return r("remw", Opcode.OP_32, 6, 1, rd, rs1, rs2);
    }

    public static int remuw(int rd, int rs1, int rs2) {
        return r("remuw", Opcode.OP_32, 7, 1, rd, rs1, rs2);
    }

    // ---- A extension: funct5 in bits 31..27, aq bit 26, rl bit 25 ----
    private static int amo(String op, int funct5, boolean dword, int rd, int rs1, int rs2, boolean aq, boolean rl) {
        int f7 = funct5 << 2 | (aq ? 2 : 0) | (rl ? 1 : 0);
        return r(op, Opcode.AMO, dword ? 3 : 2, f7, rd, rs1, rs2);
    }

    public static int lrW(int rd, int rs1, boolean aq, boolean rl) {
        return amo("lr.w", 0x02, false, rd, rs1, 0, aq, rl);
    }

    public static int lrD(int rd, int rs1, boolean aq, boolean rl) {
        return amo("lr.d", 0x02, true, rd, rs1, 0, aq, rl);
    }

    public static int scW(int rd, int rs2, int rs1, boolean aq, boolean rl) {
        return amo("sc.w", 0x03, false, rd, rs1, rs2, aq, rl);
    }

    public static int scD(int rd, int rs2, int rs1, boolean aq, boolean rl) {
        return amo("sc.d", 0x03, true, rd, rs1, rs2, aq, rl);
    }

    /** The AMO operations with their funct5 values (unprivileged spec, "A" chapter). */
    public enum AmoOp {
        SWAP(0x01),
        ADD(0x00),
        XOR(0x04),
        AND(0x0c),
        OR(0x08),
        MIN(0x10),
        MAX(0x14),
        MINU(0x18),
        MAXU(0x1c);
        final int funct5;

        AmoOp(int funct5) {
            this.funct5 = funct5;
        }
    }

    /** amo&lt;op&gt;.w / .d rd, rs2, (rs1). */
    public static int amo(AmoOp op, boolean dword, int rd, int rs2, int rs1, boolean aq, boolean rl) {
        String name = "amo" + op.name().toLowerCase() + (dword ? ".d" : ".w");
        return amo(name, op.funct5, dword, rd, rs1, rs2, aq, rl);
    }

    // ---- fences, Zifencei ----
    /** fence pred, succ: each a 4-bit set of I(8) O(4) R(2) W(1). */
    public static int fence(int pred, int succ) {
        if (pred < 0 || pred > 15) throw bad("fence", "pred", pred, "0..15");
        if (succ < 0 || succ > 15) throw bad("fence", "succ", succ, "0..15");
        return pred << 24 | succ << 20 | Opcode.MISC_MEM;
    }

    public static int fenceI() {
        return Opcode.FENCE_I;
    }

    // ---- Zicsr ----
    private static int csr(String op, int f3, int rd, int csr, int src) {
        if (csr < 0 || csr > 0xfff) throw bad(op, "csr", csr, "12-bit CSR number");
        return csr << 20 | reg(op, "rs1", src) << 15 | f3 << 12 | reg(op, "rd", rd) << 7 | Opcode.SYSTEM;
    }

    private static int uimm(String op, int v) {
        if (v < 0 || v > 31) throw bad(op, "uimm", v, "0..31");
        return v;
    }

    public static int csrrw(int rd, int csr, int rs1) {
        return csr("csrrw", 1, rd, csr, rs1);
    }

    public static int csrrs(int rd, int csr, int rs1) {
        return csr("csrrs", 2, rd, csr, rs1);
    }

    public static int csrrc(int rd, int csr, int rs1) {
        return csr("csrrc", 3, rd, csr, rs1);
    }

    public static int csrrwi(int rd, int csr, int uimm) {
        return csr("csrrwi", 5, rd, csr, uimm("csrrwi", uimm));
    }

    public static int csrrsi(int rd, int csr, int uimm) {
        return csr("csrrsi", 6, rd, csr, uimm("csrrsi", uimm));
    }

    public static int csrrci(int rd, int csr, int uimm) {
        return csr("csrrci", 7, rd, csr, uimm("csrrci", uimm));
    }

    // ---- system / privileged ----
    public static int ecall() {
        return Opcode.ECALL;
    }

    public static int ebreak() {
        return Opcode.EBREAK;
    }

    public static int mret() {
        return Opcode.MRET;
    }

    public static int sret() {
        return Opcode.SRET;
    }

    public static int wfi() {
        return Opcode.WFI;
    }

    public static int sfenceVma(int rs1, int rs2) {
        return r("sfence.vma", Opcode.SYSTEM, 0, Opcode.FUNCT7_SFENCE_VMA, 0, rs1, rs2);
    }

    // ---- a few RVC forms (C extension, quadrants 1 and 2); returned in the low 16 bits ----
    public static int cNop() {
        return 0x0001;
    }

    public static int cEbreak() {
        return 0x9002;
    }

    public static int cLi(int rd, int imm) {
        if (rd == 0) throw bad("c.li", "rd", rd, "x1..x31");
        signed("c.li", "imm", imm, 6);
        return 0x4001 | (imm >> 5 & 1) << 12 | reg("c.li", "rd", rd) << 7 | (imm & 0x1f) << 2;
    }

    public static int cAddi(int rd, int imm) {
        signed("c.addi", "imm", imm, 6);
        return 0x0001 | (imm >> 5 & 1) << 12 | reg("c.addi", "rd", rd) << 7 | (imm & 0x1f) << 2;
    }

    public static int cMv(int rd, int rs2) {
        if (rd == 0) throw bad("c.mv", "rd", rd, "x1..x31");
        if (rs2 == 0) throw bad("c.mv", "rs2", rs2, "x1..x31");
        return 0x8002 | reg("c.mv", "rd", rd) << 7 | reg("c.mv", "rs2", rs2) << 2;
    }

    public static int cAdd(int rd, int rs2) {
        if (rd == 0) throw bad("c.add", "rd", rd, "x1..x31");
        if (rs2 == 0) throw bad("c.add", "rs2", rs2, "x1..x31");
        return 0x9002 | reg("c.add", "rd", rd) << 7 | reg("c.add", "rs2", rs2) << 2;
    }

    public static int cJr(int rs1) {
        if (rs1 == 0) throw bad("c.jr", "rs1", rs1, "x1..x31");
        return 0x8002 | reg("c.jr", "rs1", rs1) << 7;
    }
}
