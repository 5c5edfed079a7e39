package org.mkplay.rt;

/** java.util.Comparator: compare, and the combinators that need no lambda to build. */
public interface JComparator<T> {
    int compare(T a, T b);

    default JComparator<T> reversed() {
        return new Comparators.Reversed<T>(this);
    }

    default JComparator<T> thenComparing(JComparator<? super T> other) {
        return new Comparators.Then<T>(this, other);
    }

    static <T extends JComparable<? super T>> JComparator<T> naturalOrder() {
        return (JComparator<T>) (Object) Comparators.NATURAL;
    }

    static <T extends JComparable<? super T>> JComparator<T> reverseOrder() {
        return (JComparator<T>) (Object) Comparators.REVERSE;
    }
}
