package org.mkplay.rt;

/** java.util.List: positional access, search, sort, and the immutable List.of family. */
public interface JList<E> extends JCollection<E> {
    E get(int index);
    E set(int index, E element);
    void add(int index, E element);
    E remove(int index);
    int indexOf(Object o);
    int lastIndexOf(Object o);
    JList<E> subList(int fromIndex, int toIndex);

    default void replaceAll(JUnaryOperator<E> operator) {
        JObjects.requireNonNull(operator);
        for (int k = 0, n = size(); k < n; k++) set(k, operator.apply(get(k)));
    }

    /** As the JDK's default: sort a copy (stable), then write it back in order. */
    default void sort(JComparator<? super E> c) {
        Object[] a = toArray();
        JArrays.sort(a, (JComparator<Object>) c);
        for (int k = 0; k < a.length; k++) set(k, (E) a[k]);
    }

    static <E> JList<E> of() { return ImmutableList.of(); }
    static <E> JList<E> of(E e1) { return ImmutableList.of(e1); }
    static <E> JList<E> of(E e1, E e2) { return ImmutableList.of(e1, e2); }
    static <E> JList<E> of(E e1, E e2, E e3) { return ImmutableList.of(e1, e2, e3); }
    static <E> JList<E> of(E e1, E e2, E e3, E e4) { return ImmutableList.of(e1, e2, e3, e4); }
    static <E> JList<E> of(E e1, E e2, E e3, E e4, E e5) { return ImmutableList.of(e1, e2, e3, e4, e5); }
    static <E> JList<E> of(E e1, E e2, E e3, E e4, E e5, E e6) { return ImmutableList.of(e1, e2, e3, e4, e5, e6); }
    static <E> JList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableList.of(e1, e2, e3, e4, e5, e6, e7);
    }
    static <E> JList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableList.of(e1, e2, e3, e4, e5, e6, e7, e8);
    }
    static <E> JList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableList.of(e1, e2, e3, e4, e5, e6, e7, e8, e9);
    }
    static <E> JList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableList.of(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10);
    }
    @SafeVarargs
    static <E> JList<E> of(E... elements) { return ImmutableList.of(elements); }
    static <E> JList<E> copyOf(JCollection<? extends E> c) { return ImmutableList.of(c.toArray()); }
}
