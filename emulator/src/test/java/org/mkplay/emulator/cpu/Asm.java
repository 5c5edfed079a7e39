package org.mkplay.emulator.cpu;

/**
 * A test-side RISC-V encoder, written from the instruction-format figures of the unprivileged spec
 * (chapter "RV32I Base Integer Instruction Set", "RV64I", "M", "A", "Zicsr" and the RVC format table),
 * independent of the emulator's decoder. Immediates are byte offsets / values as in assembly.
 */
public final class Asm {
    private Asm() {}

    public static final int ZERO = 0, RA = 1, SP = 2, GP = 3, TP = 4, T0 = 5, T1 = 6, T2 = 7, S0 = 8, S1 = 9;
    public static final int A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, A5 = 15, A6 = 16, A7 = 17;
    public static final int T3 = 28, T4 = 29, T5 = 30, T6 = 31;

    // ---- base formats ----

    public static int r(int opcode, int rd, int funct3, int rs1, int rs2, int funct7) {
        return opcode | rd << 7 | funct3 << 12 | rs1 << 15 | rs2 << 20 | funct7 << 25;
    }

    public static int i(int opcode, int rd, int funct3, int rs1, int imm) {
        check(imm, -2048, 2047, "I-immediate");
        return opcode | rd << 7 | funct3 << 12 | rs1 << 15 | imm << 20;
    }

    public static int s(int opcode, int funct3, int rs1, int rs2, int imm) {
        check(imm, -2048, 2047, "S-immediate");
        return opcode | (imm & 31) << 7 | funct3 << 12 | rs1 << 15 | rs2 << 20 | (imm >> 5) << 25;
    }

    public static int b(int funct3, int rs1, int rs2, int offset) {
        check(offset, -4096, 4094, "B-offset");
        return 0x63
                | ((offset >> 11) & 1) << 7
                | ((offset >> 1) & 15) << 8
                | funct3 << 12
                | rs1 << 15
                | rs2 << 20
                | ((offset >> 5) & 63) << 25
                | ((offset >> 12) & 1) << 31;
    }

    /** U-type: {@code upper} is the 20-bit immediate as written in assembly (placed in bits 31..12). */
    public static int u(int opcode, int rd, int upper) {
        return opcode | rd << 7 | upper << 12;
    }

    public static int j(int rd, int offset) {
        check(offset, -(1 << 20), (1 << 20) - 2, "J-offset");
        return 0x6F
                | rd << 7
                | ((offset >> 12) & 0xFF) << 12
                | ((offset >> 11) & 1) << 20
                | ((offset >> 1) & 0x3FF) << 21
                | ((offset >> 20) & 1) << 31;
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max || (what.endsWith("offset") && (value & 1) != 0)) {
            throw new IllegalArgumentException(what + " out of range: " + value);
        }
    }

    // ---- RV64I ----

    public static int lui(int rd, int upper) {
        return u(0x37, rd, upper);
    }

    public static int auipc(int rd, int upper) {
        return u(0x17, rd, upper);
    }

    public static int jal(int rd, int offset) {
        return j(rd, offset);
    }

    public static int jalr(int rd, int rs1, int imm) {
        return i(0x67, rd, 0, rs1, imm);
    }

    public static int beq(int rs1, int rs2, int offset) {
        return b(0, rs1, rs2, offset);
    }

    public static int bne(int rs1, int rs2, int offset) {
        return b(1, rs1, rs2, offset);
    }

    public static int blt(int rs1, int rs2, int offset) {
        return b(4, rs1, rs2, offset);
    }

    public static int bge(int rs1, int rs2, int offset) {
        return b(5, rs1, rs2, offset);
    }

    public static int bltu(int rs1, int rs2, int offset) {
        return b(6, rs1, rs2, offset);
    }

    public static int bgeu(int rs1, int rs2, int offset) {
        return b(7, rs1, rs2, offset);
    }

    public static int lb(int rd, int rs1, int imm) {
        return i(0x03, rd, 0, rs1, imm);
    }

    public static int lh(int rd, int rs1, int imm) {
        return i(0x03, rd, 1, rs1, imm);
    }

    public static int lw(int rd, int rs1, int imm) {
        return i(0x03, rd, 2, rs1, imm);
    }

    public static int ld(int rd, int rs1, int imm) {
        return i(0x03, rd, 3, rs1, imm);
    }

    public static int lbu(int rd, int rs1, int imm) {
        return i(0x03, rd, 4, rs1, imm);
    }

    public static int lhu(int rd, int rs1, int imm) {
        return i(0x03, rd, 5, rs1, imm);
    }

    public static int lwu(int rd, int rs1, int imm) {
        return i(0x03, rd, 6, rs1, imm);
    }

    public static int sb(int rs2, int rs1, int imm) {
        return s(0x23, 0, rs1, rs2, imm);
    }

    public static int sh(int rs2, int rs1, int imm) {
        return s(0x23, 1, rs1, rs2, imm);
    }

    public static int sw(int rs2, int rs1, int imm) {
        return s(0x23, 2, rs1, rs2, imm);
    }

    public static int sd(int rs2, int rs1, int imm) {
        return s(0x23, 3, rs1, rs2, imm);
    }

    public static int addi(int rd, int rs1, int imm) {
        return i(0x13, rd, 0, rs1, imm);
    }

    public static int slti(int rd, int rs1, int imm) {
        return i(0x13, rd, 2, rs1, imm);
    }

    public static int sltiu(int rd, int rs1, int imm) {
        return i(0x13, rd, 3, rs1, imm);
    }

    public static int xori(int rd, int rs1, int imm) {
        return i(0x13, rd, 4, rs1, imm);
    }

    public static int ori(int rd, int rs1, int imm) {
        return i(0x13, rd, 6, rs1, imm);
    }

    public static int andi(int rd, int rs1, int imm) {
        return i(0x13, rd, 7, rs1, imm);
    }
    /** RV64 shifts by immediate: 6-bit shamt in bits 25..20, funct6 above it. */
    public static int slli(int rd, int rs1, int shamt) {
        return shiftImm(0x13, 1, 0, rd, rs1, shamt, 63);
    }

    public static int srli(int rd, int rs1, int shamt) {
        return shiftImm(0x13, 5, 0, rd, rs1, shamt, 63);
    }

    public static int srai(int rd, int rs1, int shamt) {
        return shiftImm(0x13, 5, 0x400, rd, rs1, shamt, 63);
    }

    public static int addiw(int rd, int rs1, int imm) {
        return i(0x1B, rd, 0, rs1, imm);
    }

    public static int slliw(int rd, int rs1, int shamt) {
        return shiftImm(0x1B, 1, 0, rd, rs1, shamt, 31);
    }

    public static int srliw(int rd, int rs1, int shamt) {
        return shiftImm(0x1B, 5, 0, rd, rs1, shamt, 31);
    }

    public static int sraiw(int rd, int rs1, int shamt) {
        return shiftImm(0x1B, 5, 0x400, rd, rs1, shamt, 31);
    }

    private static int shiftImm(int opcode, int funct3, int high, int rd, int rs1, int shamt, int max) {
        check(shamt, 0, max, "shift amount");
        return opcode | rd << 7 | funct3 << 12 | rs1 << 15 | (high | shamt) << 20;
    }

    public static int add(int rd, int rs1, int rs2) {
        return r(0x33, rd, 0, rs1, rs2, 0);
    }

    public static int sub(int rd, int rs1, int rs2) {
        return r(0x33, rd, 0, rs1, rs2, 0x20);
    }

    public static int sll(int rd, int rs1, int rs2) {
        return r(0x33, rd, 1, rs1, rs2, 0);
    }

    public static int slt(int rd, int rs1, int rs2) {
        return r(0x33, rd, 2, rs1, rs2, 0);
    }

    public static int sltu(int rd, int rs1, int rs2) {
        return r(0x33, rd, 3, rs1, rs2, 0);
    }

    public static int xor(int rd, int rs1, int rs2) {
        return r(0x33, rd, 4, rs1, rs2, 0);
    }

    public static int srl(int rd, int rs1, int rs2) {
        return r(0x33, rd, 5, rs1, rs2, 0);
    }

    public static int sra(int rd, int rs1, int rs2) {
        return r(0x33, rd, 5, rs1, rs2, 0x20);
    }

    public static int or(int rd, int rs1, int rs2) {
        return r(0x33, rd, 6, rs1, rs2, 0);
    }

    public static int and(int rd, int rs1, int rs2) {
        return r(0x33, rd, 7, rs1, rs2, 0);
    }

    public static int addw(int rd, int rs1, int rs2) {
        return r(0x3B, rd, 0, rs1, rs2, 0);
    }

    public static int subw(int rd, int rs1, int rs2) {
        return r(0x3B, rd, 0, rs1, rs2, 0x20);
    }

    public static int sllw(int rd, int rs1, int rs2) {
        return r(0x3B, rd, 1, rs1, rs2, 0);
    }

    public static int srlw(int rd, int rs1, int rs2) {
        return r(0x3B, rd, 5, rs1, rs2, 0);
    }

    public static int sraw(int rd, int rs1, int rs2) {
        return r(0x3B, rd, 5, rs1, rs2, 0x20);
    }

    public static int fence() {
        return 0x0FF0_000F;
    }

    public static int fenceI() {
        return 0x0000_100F;
    }

    // ---- M ----

    /** funct3 of OP with funct7 = 1: MUL 0, MULH 1, MULHSU 2, MULHU 3, DIV 4, DIVU 5, REM 6, REMU 7. */
    public static int mulDiv(int funct3, int rd, int rs1, int rs2) {
        return r(0x33, rd, funct3, rs1, rs2, 1);
    }
    /** funct3 of OP-32 with funct7 = 1: MULW 0, DIVW 4, DIVUW 5, REMW 6, REMUW 7. */
    public static int mulDivW(int funct3, int rd, int rs1, int rs2) {
        return r(0x3B, rd, funct3, rs1, rs2, 1);
    }

    // ---- A ----

    public static final int AMOADD = 0, AMOSWAP = 1, LR = 2, SC = 3, AMOXOR = 4, AMOOR = 8, AMOAND = 12;
    public static final int AMOMIN = 16, AMOMAX = 20, AMOMINU = 24, AMOMAXU = 28;

    /** An AMO/LR/SC of 4 ({@code doubleword} false) or 8 bytes, with aq = rl = 0. */
    public static int amo(int funct5, boolean doubleword, int rd, int rs1, int rs2) {
        return r(0x2F, rd, doubleword ? 3 : 2, rs1, rs2, funct5 << 2);
    }

    public static int lrW(int rd, int rs1) {
        return amo(LR, false, rd, rs1, 0);
    }

    public static int lrD(int rd, int rs1) {
        return amo(LR, true, rd, rs1, 0);
    }

    public static int scW(int rd, int rs1, int rs2) {
        return amo(SC, false, rd, rs1, rs2);
    }

    public static int scD(int rd, int rs1, int rs2) {
        return amo(SC, true, rd, rs1, rs2);
    }

    // ---- system ----

    public static int csrrw(int rd, int csr, int rs1) {
        return i(0x73, rd, 1, rs1, 0) | csr << 20;
    }

    public static int csrrs(int rd, int csr, int rs1) {
        return i(0x73, rd, 2, rs1, 0) | csr << 20;
    }

    public static int csrrc(int rd, int csr, int rs1) {
        return i(0x73, rd, 3, rs1, 0) | csr << 20;
    }

    public static int csrrwi(int rd, int csr, int uimm) {
        return i(0x73, rd, 5, uimm, 0) | csr << 20;
    }

    public static int csrrsi(int rd, int csr, int uimm) {
        return i(0x73, rd, 6, uimm, 0) | csr << 20;
    }

    public static int csrrci(int rd, int csr, int uimm) {
        return i(0x73, rd, 7, uimm, 0) | csr << 20;
    }

    public static int csrr(int rd, int csr) {
        return csrrs(rd, csr, ZERO);
    }

    public static int csrw(int csr, int rs1) {
        return csrrw(ZERO, csr, rs1);
    }

    public static int ecall() {
        return 0x0000_0073;
    }

    public static int ebreak() {
        return 0x0010_0073;
    }

    public static int sret() {
        return 0x1020_0073;
    }

    public static int mret() {
        return 0x3020_0073;
    }

    public static int wfi() {
        return 0x1050_0073;
    }

    public static int sfenceVma(int rs1, int rs2) {
        return r(0x73, 0, 0, rs1, rs2, 0x09);
    }

    // ---- RVC formats (quadrant in bits 1..0, funct3 in bits 15..13) ----

    /** A compressed register number x8..x15 as its 3-bit field. */
    private static int prime(int register) {
        if (register < 8 || register > 15) {
            throw new IllegalArgumentException("not a compressed register: x" + register);
        }
        return register - 8;
    }

    private static int bits(int value, int high, int low) {
        return (value >>> low) & ((1 << (high - low + 1)) - 1);
    }

    /** CI: funct3 | imm[5] | rd/rs1 | imm[4:0] | op. */
    private static int ci(int funct3, int quadrant, int rd, int imm6) {
        return funct3 << 13 | bits(imm6, 5, 5) << 12 | rd << 7 | bits(imm6, 4, 0) << 2 | quadrant;
    }

    public static int cAddi4spn(int rdPrime, int nzuimm) {
        return bits(nzuimm, 5, 4) << 11
                | bits(nzuimm, 9, 6) << 7
                | bits(nzuimm, 2, 2) << 6
                | bits(nzuimm, 3, 3) << 5
                | prime(rdPrime) << 2;
    }

    /** C.LW / C.SW (CL/CS with a word offset): uimm[5:3] in 12..10, uimm[2] in 6, uimm[6] in 5. */
    private static int clsWord(int funct3, int rdOrRs2, int rs1, int uimm) {
        return funct3 << 13
                | bits(uimm, 5, 3) << 10
                | prime(rs1) << 7
                | bits(uimm, 2, 2) << 6
                | bits(uimm, 6, 6) << 5
                | prime(rdOrRs2) << 2;
    }

    /** C.LD / C.SD: uimm[5:3] in 12..10, uimm[7:6] in 6..5. */
    private static int clsDouble(int funct3, int rdOrRs2, int rs1, int uimm) {
        return funct3 << 13 | bits(uimm, 5, 3) << 10 | prime(rs1) << 7 | bits(uimm, 7, 6) << 5 | prime(rdOrRs2) << 2;
    }

    public static int cLw(int rd, int rs1, int uimm) {
        return clsWord(2, rd, rs1, uimm);
    }

    public static int cLd(int rd, int rs1, int uimm) {
        return clsDouble(3, rd, rs1, uimm);
    }

    public static int cSw(int rs2, int rs1, int uimm) {
        return clsWord(6, rs2, rs1, uimm);
    }

    public static int cSd(int rs2, int rs1, int uimm) {
        return clsDouble(7, rs2, rs1, uimm);
    }

    public static int cNop() {
        return ci(0, 1, 0, 0);
    }

    public static int cAddi(int rd, int imm) {
        return ci(0, 1, rd, imm);
    }

    public static int cAddiw(int rd, int imm) {
        return ci(1, 1, rd, imm);
    }

    public static int cLi(int rd, int imm) {
        return ci(2, 1, rd, imm);
    }

    public static int cAddi16sp(int imm) {
        return 3 << 13
                | bits(imm, 9, 9) << 12
                | SP << 7
                | bits(imm, 4, 4) << 6
                | bits(imm, 6, 6) << 5
                | bits(imm, 8, 7) << 3
                | bits(imm, 5, 5) << 2
                | 1;
    }

    /** C.LUI with the 6-bit signed immediate that lands in bits 17..12 of rd. */
    public static int cLui(int rd, int imm6) {
        return ci(3, 1, rd, imm6);
    }

    /** CB-format ALU ops of quadrant 1 funct3 100: funct2 in 11..10 (SRLI 0, SRAI 1, ANDI 2). */
    private static int cbAlu(int funct2, int rd, int imm6) {
        return 4 << 13 | bits(imm6, 5, 5) << 12 | funct2 << 10 | prime(rd) << 7 | bits(imm6, 4, 0) << 2 | 1;
    }

    public static int cSrli(int rd, int shamt) {
        return cbAlu(0, rd, shamt);
    }

    public static int cSrai(int rd, int shamt) {
        return cbAlu(1, rd, shamt);
    }

    public static int cAndi(int rd, int imm) {
        return cbAlu(2, rd, imm);
    }

    /** CA: 100 | bit12 | 11 | rd'/rs1' | funct2 | rs2' | 01. */
    private static int ca(int bit12, int funct2, int rd, int rs2) {
        return 4 << 13 | bit12 << 12 | 3 << 10 | prime(rd) << 7 | funct2 << 5 | prime(rs2) << 2 | 1;
    }

    public static int cSub(int rd, int rs2) {
        return ca(0, 0, rd, rs2);
    }

    public static int cXor(int rd, int rs2) {
        return ca(0, 1, rd, rs2);
    }

    public static int cOr(int rd, int rs2) {
        return ca(0, 2, rd, rs2);
    }

    public static int cAnd(int rd, int rs2) {
        return ca(0, 3, rd, rs2);
    }

    public static int cSubw(int rd, int rs2) {
        return ca(1, 0, rd, rs2);
    }

    public static int cAddw(int rd, int rs2) {
        return ca(1, 1, rd, rs2);
    }

    /** CJ: offset[11|4|9:8|10|6|7|3:1|5] in bits 12..2. */
    public static int cJ(int offset) {
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
    private static int cBranch(int funct3, int rs1, int offset) {
        return funct3 << 13
                | bits(offset, 8, 8) << 12
                | bits(offset, 4, 3) << 10
                | prime(rs1) << 7
                | bits(offset, 7, 6) << 5
                | bits(offset, 2, 1) << 3
                | bits(offset, 5, 5) << 2
                | 1;
    }

    public static int cBeqz(int rs1, int offset) {
        return cBranch(6, rs1, offset);
    }

    public static int cBnez(int rs1, int offset) {
        return cBranch(7, rs1, offset);
    }

    public static int cSlli(int rd, int shamt) {
        return ci(0, 2, rd, shamt);
    }

    /** C.LWSP: uimm[5] in 12, uimm[4:2|7:6] in 6..2. */
    public static int cLwsp(int rd, int uimm) {
        return 2 << 13 | bits(uimm, 5, 5) << 12 | rd << 7 | bits(uimm, 4, 2) << 4 | bits(uimm, 7, 6) << 2 | 2;
    }

    /** C.LDSP: uimm[5] in 12, uimm[4:3|8:6] in 6..2. */
    public static int cLdsp(int rd, int uimm) {
        return 3 << 13 | bits(uimm, 5, 5) << 12 | rd << 7 | bits(uimm, 4, 3) << 5 | bits(uimm, 8, 6) << 2 | 2;
    }

    /** CR: funct4 in 15..12, rd/rs1 in 11..7, rs2 in 6..2. */
    private static int cr(int funct4, int rdOrRs1, int rs2) {
        return funct4 << 12 | rdOrRs1 << 7 | rs2 << 2 | 2;
    }

    public static int cJr(int rs1) {
        return cr(8, rs1, 0);
    }

    public static int cMv(int rd, int rs2) {
        return cr(8, rd, rs2);
    }

    public static int cEbreak() {
        return cr(9, 0, 0);
    }

    public static int cJalr(int rs1) {
        return cr(9, rs1, 0);
    }

    public static int cAdd(int rd, int rs2) {
        return cr(9, rd, rs2);
    }

    /** C.SWSP: uimm[5:2|7:6] in 12..7. */
    public static int cSwsp(int rs2, int uimm) {
        return 6 << 13 | bits(uimm, 5, 2) << 9 | bits(uimm, 7, 6) << 7 | rs2 << 2 | 2;
    }

    /** C.SDSP: uimm[5:3|8:6] in 12..7. */
    public static int cSdsp(int rs2, int uimm) {
        return 7 << 13 | bits(uimm, 5, 3) << 10 | bits(uimm, 8, 6) << 7 | rs2 << 2 | 2;
    }
}
