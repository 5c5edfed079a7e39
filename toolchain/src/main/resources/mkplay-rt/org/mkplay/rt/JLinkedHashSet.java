package org.mkplay.rt;

/** java.util.LinkedHashSet: a HashSet over a LinkedHashMap, iterating in insertion order. */
public class JLinkedHashSet<E> extends JHashSet<E> {
    public JLinkedHashSet() {
        super(new JLinkedHashMap<E, Object>());
    }

    public JLinkedHashSet(int initialCapacity) {
        super(new JLinkedHashMap<E, Object>(initialCapacity));
    }

    public JLinkedHashSet(JCollection<? extends E> c) {
        super(new JLinkedHashMap<E, Object>(Math.max(2 * c.size(), 11)));
        addAll(c);
    }
}
