package org.mkplay.riscv.isa;

/**
 * Encodings of RV64IMAC + Zicsr + Zifencei + privileged instructions, one static method per instruction: the
 * one encoder of the project (the compiler's code generation, the assembler, the web demo images and the
 * emulator's instruction tests all use it). Every method returns the instruction word (32-bit forms) or
 * halfword (RVC forms, in the low 16 bits). Operands are range-checked; a bad operand throws
 * {@link IllegalArgumentException} naming the instruction and the operand. Branch and jump offsets are byte
 * offsets relative to the instruction itself. An RVC form whose rd is x0 where the spec makes that a HINT or
 * a reserved encoding (c.li, c.addiw, c.lwsp...) is encoded as asked: the emulator's tests need those words
 * to check that the machine ignores or traps them.
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

    /** A conditional branch by its funct3 (beq 0, bne 1, blt 4, bge 5, bltu 6, bgeu 7). */
    public static int b(String op, int f3, int rs1, int rs2, long offset) {
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
        private final int funct5;

        AmoOp(int funct5) {
            this.funct5 = funct5;
        }

        public int funct5() {
            return funct5;
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

    /** The pseudo-instruction csrr rd, csr: csrrs rd, csr, zero. */
    public static int csrr(int rd, int csr) {
        return csrrs(rd, csr, 0);
    }

    /** The pseudo-instruction csrw csr, rs1: csrrw zero, csr, rs1. */
    public static int csrw(int csr, int rs1) {
        return csrrw(0, csr, rs1);
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

    // ---- RVC (C extension): quadrant in bits 1..0, funct3 in bits 15..13; returned in the low 16 bits ----

    /** Bits high..low of {@code value}, shifted down to bit 0. */
    private static int bits(long value, int high, int low) {
        return (int) (value >>> low) & ((1 << (high - low + 1)) - 1);
    }

    /** A compressed register field: x8..x15 as 0..7. */
    private static int prime(String op, String name, int r) {
        if (r < 8 || r > 15) throw bad(op, name, r, "register x8..x15");
        return r - 8;
    }

    private static int nonZeroReg(String op, String name, int r) {
        if (r == 0) throw bad(op, name, r, "x1..x31");
        return reg(op, name, r);
    }

    /** An unsigned offset, a multiple of {@code scale}, below {@code limit}. */
    private static long scaled(String op, long v, int scale, int limit) {
        if (v < 0 || v >= limit || v % scale != 0) {
            throw bad(op, "offset", v, "multiple of " + scale + " in 0.." + (limit - scale));
        }
        return v;
    }

    private static long nonZero(String op, String name, long v) {
        if (v == 0) throw bad(op, name, v, "nonzero");
        return v;
    }

    /** CI: funct3 | imm[5] | rd/rs1 | imm[4:0] | quadrant. */
    private static int ci(String op, int funct3, int quadrant, int rd, long imm6) {
        signed(op, "imm", imm6, 6);
        return funct3 << 13 | bits(imm6, 5, 5) << 12 | reg(op, "rd", rd) << 7 | bits(imm6, 4, 0) << 2 | quadrant;
    }

    public static int cAddi4spn(int rd, long nzuimm) {
        nonZero("c.addi4spn", "imm", scaled("c.addi4spn", nzuimm, 4, 1024));
        return bits(nzuimm, 5, 4) << 11
                | bits(nzuimm, 9, 6) << 7
                | bits(nzuimm, 2, 2) << 6
                | bits(nzuimm, 3, 3) << 5
                | prime("c.addi4spn", "rd", rd) << 2;
    }

    /** C.LW / C.SW: uimm[5:3] in 12..10, uimm[2] in 6, uimm[6] in 5. */
    private static int clsWord(String op, int funct3, int rdOrRs2, int rs1, long uimm) {
        scaled(op, uimm, 4, 128);
        return funct3 << 13
                | bits(uimm, 5, 3) << 10
                | prime(op, "rs1", rs1) << 7
                | bits(uimm, 2, 2) << 6
                | bits(uimm, 6, 6) << 5
                | prime(op, "rd/rs2", rdOrRs2) << 2;
    }

    /** C.LD / C.SD: uimm[5:3] in 12..10, uimm[7:6] in 6..5. */
    private static int clsDouble(String op, int funct3, int rdOrRs2, int rs1, long uimm) {
        scaled(op, uimm, 8, 256);
        return funct3 << 13
                | bits(uimm, 5, 3) << 10
                | prime(op, "rs1", rs1) << 7
                | bits(uimm, 7, 6) << 5
                | prime(op, "rd/rs2", rdOrRs2) << 2;
    }

    public static int cLw(int rd, int rs1, long uimm) {
        return clsWord("c.lw", 2, rd, rs1, uimm);
    }

    public static int cLd(int rd, int rs1, long uimm) {
        return clsDouble("c.ld", 3, rd, rs1, uimm);
    }

    public static int cSw(int rs2, int rs1, long uimm) {
        return clsWord("c.sw", 6, rs2, rs1, uimm);
    }

    public static int cSd(int rs2, int rs1, long uimm) {
        return clsDouble("c.sd", 7, rs2, rs1, uimm);
    }

    public static int cNop() {
        return 0x0001;
    }

    public static int cAddi(int rd, long imm) {
        return ci("c.addi", 0, 1, rd, imm);
    }

    /** c.addiw with rd = x0 is reserved. */
    public static int cAddiw(int rd, long imm) {
        return ci("c.addiw", 1, 1, rd, imm);
    }

    /** c.li with rd = x0 is a HINT. */
    public static int cLi(int rd, long imm) {
        return ci("c.li", 2, 1, rd, imm);
    }

    /** c.addi16sp: sp += nzimm (a nonzero multiple of 16 in -512..496). */
    public static int cAddi16sp(long nzimm) {
        signed("c.addi16sp", "imm", nonZero("c.addi16sp", "imm", nzimm), 10);
        if ((nzimm & 15) != 0) throw bad("c.addi16sp", "imm", nzimm, "multiple of 16");
        return 3 << 13
                | bits(nzimm, 9, 9) << 12
                | 2 << 7
                | bits(nzimm, 4, 4) << 6
                | bits(nzimm, 6, 6) << 5
                | bits(nzimm, 8, 7) << 3
                | bits(nzimm, 5, 5) << 2
                | 1;
    }

    /** c.lui with the nonzero 6-bit signed immediate that lands in bits 17..12 of rd (rd = sp is c.addi16sp). */
    public static int cLui(int rd, long nzimm6) {
        if (rd == 2) throw bad("c.lui", "rd", rd, "not sp");
        return ci("c.lui", 3, 1, rd, nonZero("c.lui", "imm", nzimm6));
    }

    /** CB-format ALU ops of quadrant 1, funct3 100: funct2 in 11..10 (srli 0, srai 1, andi 2). */
    private static int cbAlu(String op, int funct2, int rd, long imm6) {
        return 4 << 13 | bits(imm6, 5, 5) << 12 | funct2 << 10 | prime(op, "rd", rd) << 7 | bits(imm6, 4, 0) << 2 | 1;
    }

    public static int cSrli(int rd, long shamt) {
        return cbAlu("c.srli", 0, rd, shamt("c.srli", shamt, 63));
    }

    public static int cSrai(int rd, long shamt) {
        return cbAlu("c.srai", 1, rd, shamt("c.srai", shamt, 63));
    }

    public static int cAndi(int rd, long imm) {
        signed("c.andi", "imm", imm, 6);
        return cbAlu("c.andi", 2, rd, imm);
    }

    /** CA: 100 | bit12 | 11 | rd'/rs1' | funct2 | rs2' | 01. */
    private static int ca(String op, int bit12, int funct2, int rd, int rs2) {
        return 4 << 13
                | bit12 << 12
                | 3 << 10
                | prime(op, "rd", rd) << 7
                | funct2 << 5
                | prime(op, "rs2", rs2) << 2
                | 1;
    }

    public static int cSub(int rd, int rs2) {
        return ca("c.sub", 0, 0, rd, rs2);
    }

    public static int cXor(int rd, int rs2) {
        return ca("c.xor", 0, 1, rd, rs2);
    }

    public static int cOr(int rd, int rs2) {
        return ca("c.or", 0, 2, rd, rs2);
    }

    public static int cAnd(int rd, int rs2) {
        return ca("c.and", 0, 3, rd, rs2);
    }

    public static int cSubw(int rd, int rs2) {
        return ca("c.subw", 1, 0, rd, rs2);
    }

    public static int cAddw(int rd, int rs2) {
        return ca("c.addw", 1, 1, rd, rs2);
    }

    /** CJ: offset[11|4|9:8|10|6|7|3:1|5] in bits 12..2. */
    public static int cJ(long offset) {
        signed("c.j", "offset", offset, 12);
        even("c.j", offset);
        return 5 << 13
                | bits(offset, 11, 11) << 12
                | bits(offset, 4, 4) << 11
                | bits(offset, 9, 8) << 9
                | bits(offset, 10, 10) << 8
                | bits(offset, 6, 6) << 7
                | bits(offset, 7, 7) << 6
                | bits(offset, 3, 1) << 3
                | bits(offset, 5, 5) << 2
                | 1;
    }

    /** CB branch: offset[8|4:3] in 12..10, offset[7:6|2:1|5] in 6..2. */
    private static int cBranch(String op, int funct3, int rs1, long offset) {
        signed(op, "offset", offset, 9);
        even(op, offset);
        return funct3 << 13
                | bits(offset, 8, 8) << 12
                | bits(offset, 4, 3) << 10
                | prime(op, "rs1", rs1) << 7
                | bits(offset, 7, 6) << 5
                | bits(offset, 2, 1) << 3
                | bits(offset, 5, 5) << 2
                | 1;
    }

    public static int cBeqz(int rs1, long offset) {
        return cBranch("c.beqz", 6, rs1, offset);
    }

    public static int cBnez(int rs1, long offset) {
        return cBranch("c.bnez", 7, rs1, offset);
    }

    /** c.slli with rd = x0 is a HINT. */
    public static int cSlli(int rd, long shamt) {
        return 2 | bits(shamt("c.slli", shamt, 63), 5, 5) << 12 | reg("c.slli", "rd", rd) << 7 | bits(shamt, 4, 0) << 2;
    }

    /** c.lwsp (rd = x0 is reserved): uimm[5] in 12, uimm[4:2|7:6] in 6..2. */
    public static int cLwsp(int rd, long uimm) {
        scaled("c.lwsp", uimm, 4, 256);
        return 2 << 13
                | bits(uimm, 5, 5) << 12
                | reg("c.lwsp", "rd", rd) << 7
                | bits(uimm, 4, 2) << 4
                | bits(uimm, 7, 6) << 2
                | 2;
    }

    /** c.ldsp (rd = x0 is reserved): uimm[5] in 12, uimm[4:3|8:6] in 6..2. */
    public static int cLdsp(int rd, long uimm) {
        scaled("c.ldsp", uimm, 8, 512);
        return 3 << 13
                | bits(uimm, 5, 5) << 12
                | reg("c.ldsp", "rd", rd) << 7
                | bits(uimm, 4, 3) << 5
                | bits(uimm, 8, 6) << 2
                | 2;
    }

    /** CR: funct4 in 15..12, rd/rs1 in 11..7, rs2 in 6..2. */
    private static int cr(int funct4, int rdOrRs1, int rs2) {
        return funct4 << 12 | rdOrRs1 << 7 | rs2 << 2 | 2;
    }

    /** c.jr (rs1 = x0 is reserved). */
    public static int cJr(int rs1) {
        return cr(8, nonZeroReg("c.jr", "rs1", rs1), 0);
    }

    /** c.mv (rd = x0 is a HINT; rs2 = x0 would be c.jr). */
    public static int cMv(int rd, int rs2) {
        return cr(8, reg("c.mv", "rd", rd), nonZeroReg("c.mv", "rs2", rs2));
    }

    public static int cEbreak() {
        return 0x9002;
    }

    /** c.jalr (rs1 = x0 would be c.ebreak). */
    public static int cJalr(int rs1) {
        return cr(9, nonZeroReg("c.jalr", "rs1", rs1), 0);
    }

    /** c.add (rd = x0 is a HINT; rs2 = x0 would be c.jalr or c.ebreak). */
    public static int cAdd(int rd, int rs2) {
        return cr(9, reg("c.add", "rd", rd), nonZeroReg("c.add", "rs2", rs2));
    }

    /** c.swsp: uimm[5:2|7:6] in 12..7. */
    public static int cSwsp(int rs2, long uimm) {
        scaled("c.swsp", uimm, 4, 256);
        return 6 << 13 | bits(uimm, 5, 2) << 9 | bits(uimm, 7, 6) << 7 | reg("c.swsp", "rs2", rs2) << 2 | 2;
    }

    /** c.sdsp: uimm[5:3|8:6] in 12..7. */
    public static int cSdsp(int rs2, long uimm) {
        scaled("c.sdsp", uimm, 8, 512);
        return 7 << 13 | bits(uimm, 5, 3) << 10 | bits(uimm, 8, 6) << 7 | reg("c.sdsp", "rs2", rs2) << 2 | 2;
    }
}
