package org.mkplay.toolchain.ir;

/** Comparison of a branch or a set-on-condition; LTU/GEU compare unsigned. */
public enum Cond {
    EQ,
    NE,
    LT,
    GE,
    GT,
    LE,
    LTU,
    GEU,
    GTU,
    LEU;

    /** The condition that holds exactly when this one does not. */
    public Cond negate() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> GE;
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
            case LTU -> GEU;
            case GEU -> LTU;
            case GTU -> LEU;
            case LEU -> GTU;
        };
    }

    /** The condition with the operands exchanged ({@code a < b} is {@code b > a}). */
    public Cond swap() {
        return switch (this) {
            case LT -> GT;
            case GT -> LT;
            case GE -> LE;
            case LE -> GE;
            case LTU -> GTU;
            case GTU -> LTU;
            case GEU -> LEU;
            case LEU -> GEU;
            default -> this;
        };
    }

    /** Java semantics of the comparison on two words (ints are sign-extended, so one rule serves both). */
    public boolean holds(long a, long b) {
        return switch (this) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case GE -> a >= b;
            case GT -> a > b;
            case LE -> a <= b;
            case LTU -> Long.compareUnsigned(a, b) < 0;
            case GEU -> Long.compareUnsigned(a, b) >= 0;
            case GTU -> Long.compareUnsigned(a, b) > 0;
            case LEU -> Long.compareUnsigned(a, b) <= 0;
        };
    }
}
