package org.mkplay.toolchain.codegen;

/**
 * One operand-stack entry during code generation. Pushing a local or a constant does not emit code: the
 * entry remembers where the value is (a "deferred" entry) and the consumer reads it from there. An entry of
 * kind REG is in the home of its stack index (see {@link FrameLayout}) or, when that home is a frame slot,
 * possibly in a register no other entry uses (see MethodCompiler#dest); at block boundaries every entry is
 * in its home.
 */
final class Entry {
    static final int REG = 0, LOCAL = 1, CONST = 2;
    final int kind;
    final int local;      // LOCAL: JVM local index
    final long value;     // CONST: the value (ints sign-extended)
    final boolean nonNull; // known non-null reference (new objects, literals, a stable "this")
    final int placed;      // REG: the register holding it instead of its frame-slot home, or -1

    private Entry(int kind, int local, long value, boolean nonNull, int placed) {
        this.kind = kind;
        this.local = local;
        this.value = value;
        this.nonNull = nonNull;
        this.placed = placed;
    }

    static final Entry REG_ANY = new Entry(REG, -1, 0, false, -1);
    static final Entry REG_NON_NULL = new Entry(REG, -1, 0, true, -1);

    static Entry reg(boolean nonNull) {
        return nonNull ? REG_NON_NULL : REG_ANY;
    }

    /** A computed value held in register r rather than in its stack index's frame slot. */
    static Entry placedIn(int r, boolean nonNull) {
        return new Entry(REG, -1, 0, nonNull, r);
    }

    static Entry local(int index, boolean nonNull) {
        return new Entry(LOCAL, index, 0, nonNull, -1);
    }

    static Entry constant(long v) {
        return new Entry(CONST, -1, v, false, -1);
    }

    boolean isConst() {
        return kind == CONST;
    }
}
