package org.mkplay.rt;

/** java.util.function.IntPredicate. */
public interface JIntPredicate {
    boolean test(int value);

    default JIntPredicate and(JIntPredicate other) {
        JObjects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    default JIntPredicate negate() {
        return (value) -> !test(value);
    }

    default JIntPredicate or(JIntPredicate other) {
        JObjects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
