package org.mkplay.rt;

/** java.util.Collection: the members everyday code calls (no streams; removeIf needs a lambda). */
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
}
