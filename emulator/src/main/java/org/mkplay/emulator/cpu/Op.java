package org.mkplay.emulator.cpu;

/**
 * Micro-operations of the pre-decoded instruction stream, and the layout of a decoded word.
 *
 * <p>The {@link Decoder} turns every 32-bit and compressed instruction into one {@code int} word
 * plus one {@code int} immediate; the {@link Hart} switches on the op. Compressed forms map onto
 * the same ops as their 32-bit expansions (spec: "each RVC instruction expands into a single
 * 32-bit instruction"), differing only in {@link #length}.
 *
 * <pre>
 *   bits  0..7   op
 *   bits  8..13  rd   (0..31; a write to x0 is decoded as rd = {@link #SINK}, a scratch register)
 *   bits 14..18  rs1
 *   bits 19..23  rs2
 *   bits 24..26  instruction length in bytes (2 or 4)
 * </pre>
 */
public final class Op {
    private Op() {}

    /** Register index that absorbs writes to x0, so that x[0] stays zero without a check per write. */
    public static final int SINK = 32;

    public static int op(int w) {
        return w & 0xFF;
    }

    public static int rd(int w) {
        return (w >>> 8) & 63;
    }

    public static int rs1(int w) {
        return (w >>> 14) & 31;
    }

    public static int rs2(int w) {
        return (w >>> 19) & 31;
    }

    public static int length(int w) {
        return (w >>> 24) & 7;
    }

    public static int word(int op, int rd, int rs1, int rs2, int length) {
        return op | ((rd == 0 ? SINK : rd) << 8) | (rs1 << 14) | (rs2 << 19) | (length << 24);
    }

    // Slot states of the decoded-instruction cache (not instructions).
    public static final int UNDECODED = 0;
    /** A 32-bit instruction whose upper half lies on the next page: fetched and decoded on each execution. */
    public static final int CROSSES_PAGE = 1;

    /**
     * The two slots past the end of a {@link CodePage}: sequential execution that runs off the page lands
     * here, and so does every jump, so that one test of a slot's state covers leaving the page too.
     */
    public static final int PAGE_END = 2;

    public static final int LUI = 3, AUIPC = 4, JAL = 5, JALR = 6;
    public static final int BEQ = 7, BNE = 8, BLT = 9, BGE = 10, BLTU = 11, BGEU = 12;
    public static final int LB = 13, LH = 14, LW = 15, LD = 16, LBU = 17, LHU = 18, LWU = 19;
    public static final int SB = 20, SH = 21, SW = 22, SD = 23;
    public static final int ADDI = 24, SLTI = 25, SLTIU = 26, XORI = 27, ORI = 28, ANDI = 29;
    public static final int SLLI = 30, SRLI = 31, SRAI = 32;
    public static final int ADD = 33,
            SUB = 34,
            SLL = 35,
            SLT = 36,
            SLTU = 37,
            XOR = 38,
            SRL = 39,
            SRA = 40,
            OR = 41,
            AND = 42;
    public static final int ADDIW = 43, SLLIW = 44, SRLIW = 45, SRAIW = 46;
    public static final int ADDW = 47, SUBW = 48, SLLW = 49, SRLW = 50, SRAW = 51;
    public static final int MUL = 52, MULH = 53, MULHSU = 54, MULHU = 55, DIV = 56, DIVU = 57, REM = 58, REMU = 59;
    public static final int MULW = 60, DIVW = 61, DIVUW = 62, REMW = 63, REMUW = 64;
    /** Atomics: the immediate holds funct5 (bits 31..27 of the instruction). */
    public static final int AMO_W = 65, AMO_D = 66;

    public static final int FENCE = 67, FENCE_I = 68;
    public static final int ECALL = 69, EBREAK = 70, MRET = 71, SRET = 72, WFI = 73, SFENCE_VMA = 74;
    /** CSR access: the immediate holds the CSR number; for the *I forms rs1 holds the 5-bit immediate. */
    public static final int CSRRW = 75, CSRRS = 76, CSRRC = 77, CSRRWI = 78, CSRRSI = 79, CSRRCI = 80;

    /** Raises illegal-instruction; the immediate holds the instruction bits for mtval. */
    public static final int ILLEGAL = 81;

    // Ops of the block engine only (see Block): the decoder never produces them.
    /** Leaves the block by falling through to the instruction after it (not an instruction itself). */
    public static final int END = 82;
    /** {@code lui rd, hi} and {@code addi[w] rd, rd, lo} fused: rd = immediate (the pair's 32-bit result). */
    public static final int LI = 83;
    /** {@code auipc rd, hi} and {@code addi rd, rd, lo} fused: rd = pc of the auipc + immediate. */
    public static final int LA = 84;
    /**
     * An ALU op and the conditional branch after it, fused (blocks of the engine without a translator): {@code
     * ADDI_BEQ + (branch op - BEQ)}, and likewise from {@link #ADDIW_BEQ} and {@link #ADD_BEQ}. rd, rs1 and (for
     * ADD) rs2 are the ALU op's; the immediate holds the ALU op's immediate in bits 10..31 and the branch's rs1
     * and rs2 in bits 0..4 and 5..9 ({@link #fusedBranch}). Neither half can trap; the branch's target is the
     * block's taken offset.
     */
    public static final int ADDI_BEQ = 85, ADDIW_BEQ = 91, ADD_BEQ = 97;

    public static final int COUNT = 103;

    /** The immediate of a fused ALU op and branch: see {@link #ADDI_BEQ}. */
    public static int fusedBranch(int aluImmediate, int branchRs1, int branchRs2) {
        return aluImmediate << 10 | branchRs2 << 5 | branchRs1;
    }
}
