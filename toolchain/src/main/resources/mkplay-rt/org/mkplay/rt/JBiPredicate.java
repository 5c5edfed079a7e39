package org.mkplay.rt;

/** java.util.function.BiPredicate. */
public interface JBiPredicate<T, U> {
    boolean test(T t, U u);

    default JBiPredicate<T, U> and(JBiPredicate<? super T, ? super U> other) {
        JObjects.requireNonNull(other);
        return (T t, U u) -> test(t, u) && other.test(t, u);
    }

    default JBiPredicate<T, U> negate() {
        return (T t, U u) -> !test(t, u);
    }

    default JBiPredicate<T, U> or(JBiPredicate<? super T, ? super U> other) {
        JObjects.requireNonNull(other);
        return (T t, U u) -> test(t, u) || other.test(t, u);
    }
}
