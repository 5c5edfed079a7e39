package org.mkplay.rt;

/** The comparators behind Comparator's default and static methods and Collections.reverseOrder. */
final class Comparators {
    private Comparators() {}

    static final JComparator<Object> NATURAL = new Natural();
    static final JComparator<Object> REVERSE = new Reversed<Object>(NATURAL);

    /** A null comparator means natural order (Comparable), as in Arrays.sort and List.sort. */
    static int compare(JComparator<Object> c, Object a, Object b) {
        return c == null ? ((JComparable<Object>) a).compareTo(b) : c.compare(a, b);
    }

    static final class Natural implements JComparator<Object> {
        public int compare(Object a, Object b) {
            return ((JComparable<Object>) a).compareTo(b);
        }
    }

    static final class Reversed<T> implements JComparator<T> {
        private final JComparator<T> order;

        Reversed(JComparator<T> order) {
            this.order = order;
        }

        public int compare(T a, T b) {
            return order.compare(b, a);
        }
    }

    static final class Nulls<T> implements JComparator<T> {
        private final boolean nullFirst;
        private final JComparator<T> real;

        Nulls(boolean nullFirst, JComparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (JComparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) return (b == null) ? 0 : (nullFirst ? -1 : 1);
            if (b == null) return nullFirst ? 1 : -1;
            return (real == null) ? 0 : real.compare(a, b);
        }

        public JComparator<T> reversed() {
            return new Nulls<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    static final class Then<T> implements JComparator<T> {
        private final JComparator<T> first;
        private final JComparator<? super T> second;

        Then(JComparator<T> first, JComparator<? super T> second) {
            this.first = first;
            this.second = JObjects.requireNonNull(second);
        }

        public int compare(T a, T b) {
            int r = first.compare(a, b);
            return r != 0 ? r : second.compare(a, b);
        }
    }
}
