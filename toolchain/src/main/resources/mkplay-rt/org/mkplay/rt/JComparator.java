package org.mkplay.rt;

/** java.util.Comparator: compare and its combinators. */
public interface JComparator<T> {
    int compare(T a, T b);

    default JComparator<T> reversed() {
        return new Comparators.Reversed<T>(this);
    }

    default JComparator<T> thenComparing(JComparator<? super T> other) {
        return new Comparators.Then<T>(this, other);
    }

    default <U extends JComparable<? super U>> JComparator<T> thenComparing(JFunction<? super T, ? extends U> keyExtractor) {
        return thenComparing(comparing(keyExtractor));
    }

    default <U> JComparator<T> thenComparing(JFunction<? super T, ? extends U> keyExtractor,
                                             JComparator<? super U> keyComparator) {
        return thenComparing(comparing(keyExtractor, keyComparator));
    }

    default JComparator<T> thenComparingInt(JToIntFunction<? super T> keyExtractor) {
        return thenComparing(comparingInt(keyExtractor));
    }

    default JComparator<T> thenComparingLong(JToLongFunction<? super T> keyExtractor) {
        return thenComparing(comparingLong(keyExtractor));
    }

    static <T, U> JComparator<T> comparing(JFunction<? super T, ? extends U> keyExtractor,
                                           JComparator<? super U> keyComparator) {
        JObjects.requireNonNull(keyExtractor);
        JObjects.requireNonNull(keyComparator);
        return (c1, c2) -> keyComparator.compare(keyExtractor.apply(c1), keyExtractor.apply(c2));
    }

    static <T, U extends JComparable<? super U>> JComparator<T> comparing(JFunction<? super T, ? extends U> keyExtractor) {
        JObjects.requireNonNull(keyExtractor);
        return (c1, c2) -> keyExtractor.apply(c1).compareTo(keyExtractor.apply(c2));
    }

    static <T> JComparator<T> comparingInt(JToIntFunction<? super T> keyExtractor) {
        JObjects.requireNonNull(keyExtractor);
        return (c1, c2) -> JInteger.compare(keyExtractor.applyAsInt(c1), keyExtractor.applyAsInt(c2));
    }

    static <T> JComparator<T> comparingLong(JToLongFunction<? super T> keyExtractor) {
        JObjects.requireNonNull(keyExtractor);
        return (c1, c2) -> JLong.compare(keyExtractor.applyAsLong(c1), keyExtractor.applyAsLong(c2));
    }

    /** Nulls before every non-null value; the rest by comparator (all non-null values equal when it is null). */
    static <T> JComparator<T> nullsFirst(JComparator<? super T> comparator) {
        return new Comparators.Nulls<T>(true, comparator);
    }

    static <T> JComparator<T> nullsLast(JComparator<? super T> comparator) {
        return new Comparators.Nulls<T>(false, comparator);
    }

    static <T extends JComparable<? super T>> JComparator<T> naturalOrder() {
        return (JComparator<T>) (Object) Comparators.NATURAL;
    }

    static <T extends JComparable<? super T>> JComparator<T> reverseOrder() {
        return (JComparator<T>) (Object) Comparators.REVERSE;
    }
}
