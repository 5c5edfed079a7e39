package org.mkplay.rt;

/** java.util.Collection: the members everyday code calls (no streams). */
public interface JCollection<E> extends JIterable<E> {
    int size();
    boolean isEmpty();
    boolean contains(Object o);
    boolean add(E e);
    boolean remove(Object o);
    boolean addAll(JCollection<? extends E> c);
    boolean containsAll(JCollection<?> c);
    boolean removeAll(JCollection<?> c);
    boolean retainAll(JCollection<?> c);
    void clear();
    Object[] toArray();
    <T> T[] toArray(T[] a);

    /** As the JDK's default: through the iterator's remove. */
    default boolean removeIf(JPredicate<? super E> filter) {
        JObjects.requireNonNull(filter);
        boolean removed = false;
        for (JIterator<E> it = iterator(); it.hasNext(); ) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }
}
