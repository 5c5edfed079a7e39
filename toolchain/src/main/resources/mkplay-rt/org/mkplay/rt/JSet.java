package org.mkplay.rt;

/** java.util.Set. */
public interface JSet<E> extends JCollection<E> {
    static <E> JSet<E> of() { return ofArray(new Object[] {}); }
    static <E> JSet<E> of(E e1) { return ofArray(new Object[] {e1}); }
    static <E> JSet<E> of(E e1, E e2) { return ofArray(new Object[] {e1, e2}); }
    static <E> JSet<E> of(E e1, E e2, E e3) { return ofArray(new Object[] {e1, e2, e3}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4) { return ofArray(new Object[] {e1, e2, e3, e4}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4, E e5) { return ofArray(new Object[] {e1, e2, e3, e4, e5}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6) { return ofArray(new Object[] {e1, e2, e3, e4, e5, e6}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) { return ofArray(new Object[] {e1, e2, e3, e4, e5, e6, e7}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) { return ofArray(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) { return ofArray(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9}); }
    static <E> JSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) { return ofArray(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10}); }

    static <E> JSet<E> copyOf(JCollection<? extends E> c) {
        if (c instanceof ReadOnlySet<?>) return (JSet<E>) c;
        JLinkedHashSet<E> set = new JLinkedHashSet<E>();
        for (JIterator<? extends E> it = c.iterator(); it.hasNext(); ) set.add(JObjects.requireNonNull(it.next()));
        return new ReadOnlySet<E>(set);
    }

    @SafeVarargs
    static <E> JSet<E> of(E... elements) {
        return ofArray(elements);
    }

    /** Set.of: read-only, no nulls, duplicates refused; insertion order (the JVM salts its order in every run). */
    private static <E> JSet<E> ofArray(Object[] elements) {
        JLinkedHashSet<E> set = new JLinkedHashSet<E>();
        for (Object o : elements) {
            E e = (E) o;
            if (!set.add(JObjects.requireNonNull(e))) Fault.raise(new JIllegalArgumentException("duplicate element: " + e));
        }
        return new ReadOnlySet<E>(set);
    }
}
