package org.mkplay.rt;

/** java.util.NavigableSet (without the descending view). */
public interface JNavigableSet<E> extends JSortedSet<E> {
    E floor(E e);
    E ceiling(E e);
    E lower(E e);
    E higher(E e);
    E pollFirst();
    E pollLast();
    JNavigableSet<E> headSet(E toElement, boolean inclusive);
    JNavigableSet<E> tailSet(E fromElement, boolean inclusive);
    JNavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);
}
