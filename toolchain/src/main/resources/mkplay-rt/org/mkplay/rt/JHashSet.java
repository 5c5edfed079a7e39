package org.mkplay.rt;

/** java.util.HashSet: the keys of a HashMap, so it iterates in the JVM's order too. */
public class JHashSet<E> extends JAbstractSet<E> {
    private static final Object PRESENT = new Object();

    private final JHashMap<E, Object> map;

    public JHashSet() {
        map = new JHashMap<E, Object>();
    }

    public JHashSet(int initialCapacity) {
        map = new JHashMap<E, Object>(initialCapacity);
    }

    /** Sized as the JDK sizes it: {@code max((int) (c.size() / .75f) + 1, 16)}. */
    public JHashSet(JCollection<? extends E> c) {
        map = new JHashMap<E, Object>(Math.max(JHashMap.capacityFor(c.size()), 16));
        addAll(c);
    }

    JHashSet(JHashMap<E, Object> map) {
        this.map = map;
    }

    public JIterator<E> iterator() {
        return new MapViews.KeyIterator<E>(map.entryIterator());
    }

    public int size() {
        return map.size();
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    public boolean add(E e) {
        return map.put(e, PRESENT) == null;
    }

    public boolean remove(Object o) {
        return map.removeNode(o) != null;
    }

    public void clear() {
        map.clear();
    }
}
