package org.mkplay.toolchain.codegen;

import static org.objectweb.asm.Opcodes.*;

import org.mkplay.toolchain.asm.Encoder;

/**
 * Binary integer operations: Java semantics for constant folding, and the RV64 instruction for each.
 * Ints live sign-extended in 64-bit registers, so int operations use the *W forms (which compute on the
 * low 32 bits and sign-extend: exact Java wrap-around; SLLW/SRLW/SRAW use only the low 5 shift bits,
 * SLL/SRL/SRA the low 6, as Java masks shift distances). DIVW of MIN_VALUE by -1 gives MIN_VALUE and
 * REMW gives 0, as in Java; a zero divisor is checked before the instruction.
 */
final class Fold {
    static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, REM = 4, SHL = 6, SHR = 7, USHR = 8, AND = 9, OR = 10, XOR = 11;

    private Fold() {}

    static boolean foldable(int kind, long divisor) {
        return !((kind == DIV || kind == REM) && divisor == 0);
    }

    static long apply(int kind, boolean wide, long x, long y) {
        if (wide) {
            return switch (kind) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                case REM -> x % y;
                case SHL -> x << y;
                case SHR -> x >> y;
                case USHR -> x >>> y;
                case AND -> x & y;
                case OR -> x | y;
                default -> x ^ y;
            };
        }
        int a = (int) x, b = (int) y;
        return switch (kind) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case REM -> a % b;
            case SHL -> a << b;
            case SHR -> a >> b;
            case USHR -> a >>> b;
            case AND -> a & b;
            case OR -> a | b;
            default -> a ^ b;
        };
    }

    static long convert(int op, long v) {
        return switch (op) {
            case L2I -> (int) v;
            case I2B -> (byte) v;
            case I2C -> (char) v;
            case I2S -> (short) v;
            default -> v;
        };
    }

    static int instruction(int kind, boolean wide, int d, int x, int y) {
        return switch (kind) {
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
            default -> Encoder.xor(d, x, y);
        };
    }

    static boolean hasImmediate(int kind) {
        return kind == ADD || kind >= SHL;
    }

    static int immediateInstruction(int kind, boolean wide, int d, int x, long imm) {
        return switch (kind) {
            case ADD -> wide ? Encoder.addi(d, x, imm) : Encoder.addiw(d, x, imm);
            case SHL -> wide ? Encoder.slli(d, x, imm) : Encoder.slliw(d, x, imm);
            case SHR -> wide ? Encoder.srai(d, x, imm) : Encoder.sraiw(d, x, imm);
            case USHR -> wide ? Encoder.srli(d, x, imm) : Encoder.srliw(d, x, imm);
            case AND -> Encoder.andi(d, x, imm);
            case OR -> Encoder.ori(d, x, imm);
            default -> Encoder.xori(d, x, imm);
        };
    }
}
