package org.mkplay.rt;

/** java.util.Set. */
public interface JSet<E> extends JCollection<E> {
    @SafeVarargs
    static <E> JSet<E> of(E... elements) {
        JLinkedHashSet<E> set = new JLinkedHashSet<E>();
        for (E e : elements) {
            if (!set.add(JObjects.requireNonNull(e))) Fault.raise(new JIllegalArgumentException("duplicate element: " + e));
        }
        return new ReadOnlySet<E>(set);
    }
}
