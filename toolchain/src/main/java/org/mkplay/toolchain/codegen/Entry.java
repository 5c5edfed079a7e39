package org.mkplay.toolchain.codegen;

/**
 * One operand-stack entry during code generation. Pushing a local or a constant does not emit code: the
 * entry remembers where the value is (a "deferred" entry) and the consumer reads it from there. An entry of
 * kind REG is in the home of its stack index (see {@link FrameLayout}).
 */
final class Entry {
    static final int REG = 0, LOCAL = 1, CONST = 2;
    final int kind;
    final int local;      // LOCAL: JVM local index
    final long value;     // CONST: the value (ints sign-extended)
    final boolean nonNull; // known non-null reference (new objects, literals, a stable "this")

    private Entry(int kind, int local, long value, boolean nonNull) {
        this.kind = kind;
        this.local = local;
        this.value = value;
        this.nonNull = nonNull;
    }

    static final Entry REG_ANY = new Entry(REG, -1, 0, false);
    static final Entry REG_NON_NULL = new Entry(REG, -1, 0, true);

    static Entry reg(boolean nonNull) {
        return nonNull ? REG_NON_NULL : REG_ANY;
    }

    static Entry local(int index, boolean nonNull) {
        return new Entry(LOCAL, index, 0, nonNull);
    }

    static Entry constant(long v) {
        return new Entry(CONST, -1, v, false);
    }

    boolean isConst() {
        return kind == CONST;
    }
}
