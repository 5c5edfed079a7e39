package org.mkplay.rt;

/** java.util.SortedSet. */
public interface JSortedSet<E> extends JSet<E> {
    JComparator<? super E> comparator();
    E first();
    E last();
    JSortedSet<E> headSet(E toElement);
    JSortedSet<E> tailSet(E fromElement);
    JSortedSet<E> subSet(E fromElement, E toElement);
}
