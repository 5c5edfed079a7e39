package org.mkplay.rt;

/** java.util.function.BinaryOperator. */
public interface JBinaryOperator<T> extends JBiFunction<T, T, T> {
    static <T> JBinaryOperator<T> minBy(JComparator<? super T> comparator) {
        JObjects.requireNonNull(comparator);
        return (a, b) -> comparator.compare(a, b) <= 0 ? a : b;
    }

    static <T> JBinaryOperator<T> maxBy(JComparator<? super T> comparator) {
        JObjects.requireNonNull(comparator);
        return (a, b) -> comparator.compare(a, b) >= 0 ? a : b;
    }
}
