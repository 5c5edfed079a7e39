package org.mkplay.rt;

/** java.util.Collections: sorting, order and read-only views of lists. */
public final class JCollections {
    private JCollections() {}

    public static <T extends JComparable<? super T>> void sort(JList<T> list) {
        list.sort(null);
    }

    public static <T> void sort(JList<T> list, JComparator<? super T> c) {
        list.sort(c);
    }

    public static void reverse(JList<?> list) {
        JList<Object> l = (JList<Object>) list;
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) l.set(i, l.set(j, l.get(i)));
    }

    public static void swap(JList<?> list, int i, int j) {
        JList<Object> l = (JList<Object>) list;
        l.set(i, l.set(j, l.get(i)));
    }

    public static <T> JComparator<T> reverseOrder() {
        return (JComparator<T>) Comparators.REVERSE;
    }

    public static <T> JComparator<T> reverseOrder(JComparator<T> c) {
        return c == null ? (JComparator<T>) Comparators.REVERSE : c.reversed();
    }

    public static <T extends Object & JComparable<? super T>> T max(JCollection<? extends T> c) {
        JIterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    public static <T extends Object & JComparable<? super T>> T min(JCollection<? extends T> c) {
        JIterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (t.compareTo(best) < 0) best = t;
        }
        return best;
    }

    public static int frequency(JCollection<?> c, Object o) {
        int n = 0;
        for (JIterator<?> it = c.iterator(); it.hasNext(); ) if (JObjects.equals(o, it.next())) n++;
        return n;
    }

    public static <T> JList<T> emptyList() {
        return ImmutableList.of();
    }

    public static <T> JList<T> unmodifiableList(JList<? extends T> list) {
        return new ReadOnlyList<T>(list);
    }

    /** A read-only view: reads go through to the list, changes throw UnsupportedOperationException. */
    static final class ReadOnlyList<E> extends JAbstractList<E> {
        private final JList<? extends E> list;

        ReadOnlyList(JList<? extends E> list) {
            this.list = JObjects.requireNonNull(list);
        }

        public E get(int index) {
            return list.get(index);
        }

        public int size() {
            return list.size();
        }
    }
}
