package org.mkplay.toolchain.codegen;

import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.ir.Op;

/**
 * The RV64 instruction for each IR arithmetic operation. Ints live sign-extended in 64-bit registers, so
 * int operations use the *W forms (which compute on the low 32 bits and sign-extend: exact Java
 * wrap-around; SLLW/SRLW/SRAW use only the low 5 shift bits, SLL/SRL/SRA the low 6, as Java masks shift
 * distances). DIVW of MIN_VALUE by -1 gives MIN_VALUE and REMW gives 0, as in Java; a zero divisor is
 * checked before (DIV_CHECK). AND, OR and XOR of sign-extended values are sign-extended: no W form needed.
 */
final class Alu {
    private Alu() {}

    static int instruction(Op op, boolean wide, int d, int x, int y) {
        return switch (op) {
            case ADD -> wide ? Encoder.add(d, x, y) : Encoder.addw(d, x, y);
            case SUB -> wide ? Encoder.sub(d, x, y) : Encoder.subw(d, x, y);
            case MUL -> wide ? Encoder.mul(d, x, y) : Encoder.mulw(d, x, y);
            case DIV -> wide ? Encoder.div(d, x, y) : Encoder.divw(d, x, y);
            case REM -> wide ? Encoder.rem(d, x, y) : Encoder.remw(d, x, y);
            case SHL -> wide ? Encoder.sll(d, x, y) : Encoder.sllw(d, x, y);
            case SHR -> wide ? Encoder.sra(d, x, y) : Encoder.sraw(d, x, y);
            case USHR -> wide ? Encoder.srl(d, x, y) : Encoder.srlw(d, x, y);
            case AND -> Encoder.and(d, x, y);
            case OR -> Encoder.or(d, x, y);
            case XOR -> Encoder.xor(d, x, y);
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /**
     * The immediate form of {@code x op c}, or {@link #NONE} when there is
     * none or c does not fit: SUB becomes ADDI of -c, shift distances are masked as Java does.
     */
    static long immediate(Op op, boolean wide, int d, int x, long c) {
        long imm = op == Op.SUB ? -c : c;
        boolean shift = op == Op.SHL || op == Op.SHR || op == Op.USHR;
        if (shift) imm = c & (wide ? 63 : 31);
        if (imm < -2048 || imm >= 2048) return NONE;
        return switch (op) {
            case ADD, SUB -> wide ? Encoder.addi(d, x, imm) : Encoder.addiw(d, x, imm);
            case SHL -> wide ? Encoder.slli(d, x, imm) : Encoder.slliw(d, x, imm);
            case SHR -> wide ? Encoder.srai(d, x, imm) : Encoder.sraiw(d, x, imm);
            case USHR -> wide ? Encoder.srli(d, x, imm) : Encoder.srliw(d, x, imm);
            case AND -> Encoder.andi(d, x, imm);
            case OR -> Encoder.ori(d, x, imm);
            case XOR -> Encoder.xori(d, x, imm);
            default -> NONE;
        };
    }

    /** Returned by {@link #immediate} when there is no immediate form (instruction words fit in 32 bits). */
    static final long NONE = Long.MIN_VALUE;
}
