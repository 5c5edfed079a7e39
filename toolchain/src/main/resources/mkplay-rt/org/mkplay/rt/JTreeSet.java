package org.mkplay.rt;

/** java.util.TreeSet: the keys of a TreeMap (or of one of its range views), in order. */
public class JTreeSet<E> extends JAbstractSet<E> implements JNavigableSet<E> {
    private static final Object PRESENT = new Object();
    private final JNavigableMap<E, Object> m;

    JTreeSet(JNavigableMap<E, Object> m) {
        this.m = m;
    }

    public JTreeSet() {
        this(new JTreeMap<E, Object>());
    }

    public JTreeSet(JComparator<? super E> comparator) {
        this(new JTreeMap<E, Object>(comparator));
    }

    public JTreeSet(JCollection<? extends E> c) {
        this(new JTreeMap<E, Object>(c instanceof JSortedSet ? ((JSortedSet<E>) c).comparator() : null));
        addAll(c);
    }

    public JTreeSet(JSortedSet<E> s) {
        this(new JTreeMap<E, Object>(s.comparator()));
        addAll(s);
    }

    public JIterator<E> iterator() {
        return new MapViews.KeyIterator<E>((JIterator<JMap.Entry<E, Object>>) (Object) m.entrySet().iterator());
    }

    public int size() { return m.size(); }
    public boolean isEmpty() { return m.isEmpty(); }
    public boolean contains(Object o) { return m.containsKey(o); }
    public boolean add(E e) { return m.put(e, PRESENT) == null; }
    public boolean remove(Object o) { return m.remove(o) == PRESENT; }
    public void clear() { m.clear(); }
    public JComparator<? super E> comparator() { return m.comparator(); }
    public E first() { return m.firstKey(); }
    public E last() { return m.lastKey(); }
    public E floor(E e) { return m.floorKey(e); }
    public E ceiling(E e) { return m.ceilingKey(e); }
    public E lower(E e) { return m.lowerKey(e); }
    public E higher(E e) { return m.higherKey(e); }
    public E pollFirst() { return JTreeMap.keyOrNull(m.pollFirstEntry()); }
    public E pollLast() { return JTreeMap.keyOrNull(m.pollLastEntry()); }

    public JNavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new JTreeSet<E>(m.headMap(toElement, inclusive));
    }

    public JNavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new JTreeSet<E>(m.tailMap(fromElement, inclusive));
    }

    public JNavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new JTreeSet<E>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    public JSortedSet<E> headSet(E toElement) { return headSet(toElement, false); }
    public JSortedSet<E> tailSet(E fromElement) { return tailSet(fromElement, true); }
    public JSortedSet<E> subSet(E fromElement, E toElement) { return subSet(fromElement, true, toElement, false); }
}
