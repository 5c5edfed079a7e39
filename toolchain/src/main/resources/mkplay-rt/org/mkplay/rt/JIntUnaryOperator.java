package org.mkplay.rt;

/** java.util.function.IntUnaryOperator. */
public interface JIntUnaryOperator {
    int applyAsInt(int operand);

    default JIntUnaryOperator compose(JIntUnaryOperator before) {
        JObjects.requireNonNull(before);
        return (int v) -> applyAsInt(before.applyAsInt(v));
    }

    default JIntUnaryOperator andThen(JIntUnaryOperator after) {
        JObjects.requireNonNull(after);
        return (int t) -> after.applyAsInt(applyAsInt(t));
    }

    static JIntUnaryOperator identity() {
        return t -> t;
    }
}
