package org.mkplay.rt;

/**
 * A live view of the keys of a TreeMap between two bounds (headMap, tailMap, subMap): reads, writes and removals go
 * to the map; a key outside the bounds is absent, and putting one is IllegalArgumentException("key out of range").
 * Also the map's own entry set and iterators (range null: the whole map).
 */
final class TreeRange<K, V> extends JAbstractMap<K, V> implements JNavigableMap<K, V> {
    private final JTreeMap<K, V> m;
    private final boolean fromStart, toEnd;
    private final K lo, hi;
    private final boolean loInclusive, hiInclusive;

    TreeRange(JTreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) Fault.raise(new JIllegalArgumentException("fromKey > toKey"));
        } else {
            if (!fromStart) m.compare(lo, lo); // type and null checks
            if (!toEnd) m.compare(hi, hi);
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
    }

    boolean tooLow(Object key) {
        if (fromStart) return false;
        int c = m.compare(key, lo);
        return c < 0 || (c == 0 && !loInclusive);
    }

    boolean tooHigh(Object key) {
        if (toEnd) return false;
        int c = m.compare(key, hi);
        return c > 0 || (c == 0 && !hiInclusive);
    }

    boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    JTreeMap.Node<K, V> lowestNode() {
        JTreeMap.Node<K, V> e = fromStart ? m.firstNode() : m.ceilingNode(lo, loInclusive);
        return e == null || tooHigh(e.key) ? null : e;
    }

    JTreeMap.Node<K, V> highestNode() {
        JTreeMap.Node<K, V> e = toEnd ? m.lastNode() : m.floorNode(hi, hiInclusive);
        return e == null || tooLow(e.key) ? null : e;
    }

    private JTreeMap.Node<K, V> ceiling(Object key, boolean inclusive) {
        if (tooLow(key)) return lowestNode();
        JTreeMap.Node<K, V> e = m.ceilingNode(key, inclusive);
        return e == null || tooHigh(e.key) ? null : e;
    }

    private JTreeMap.Node<K, V> floor(Object key, boolean inclusive) {
        if (tooHigh(key)) return highestNode();
        JTreeMap.Node<K, V> e = m.floorNode(key, inclusive);
        return e == null || tooLow(e.key) ? null : e;
    }

    public JComparator<? super K> comparator() { return m.comparator(); }

    public boolean containsKey(Object key) { return inRange(key) && m.containsKey(key); }

    public V get(Object key) { return !inRange(key) ? null : m.get(key); }

    public V put(K key, V value) {
        if (!inRange(key)) Fault.raise(new JIllegalArgumentException("key out of range"));
        return m.put(key, value);
    }

    public V remove(Object key) { return !inRange(key) ? null : m.remove(key); }

    public int size() {
        int n = 0;
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); it.next()) n++;
        return n;
    }

    public boolean isEmpty() { return lowestNode() == null; }

    public JSet<Entry<K, V>> entrySet() { return new Entries<K, V>(m, this); }

    public JSet<K> keySet() { return navigableKeySet(); }

    public JNavigableSet<K> navigableKeySet() { return new JTreeSet<K>((JNavigableMap<K, Object>) (Object) this); }

    public Entry<K, V> firstEntry() { return JTreeMap.export(lowestNode()); }
    public Entry<K, V> lastEntry() { return JTreeMap.export(highestNode()); }
    public Entry<K, V> floorEntry(K key) { return JTreeMap.export(floor(key, true)); }
    public Entry<K, V> ceilingEntry(K key) { return JTreeMap.export(ceiling(key, true)); }
    public Entry<K, V> lowerEntry(K key) { return JTreeMap.export(floor(key, false)); }
    public Entry<K, V> higherEntry(K key) { return JTreeMap.export(ceiling(key, false)); }
    public K firstKey() { return JTreeMap.key(lowestNode()); }
    public K lastKey() { return JTreeMap.key(highestNode()); }
    public K floorKey(K key) { return JTreeMap.keyOrNull(floor(key, true)); }
    public K ceilingKey(K key) { return JTreeMap.keyOrNull(ceiling(key, true)); }
    public K lowerKey(K key) { return JTreeMap.keyOrNull(floor(key, false)); }
    public K higherKey(K key) { return JTreeMap.keyOrNull(ceiling(key, false)); }

    public Entry<K, V> pollFirstEntry() {
        JTreeMap.Node<K, V> e = lowestNode();
        Entry<K, V> result = JTreeMap.export(e);
        if (e != null) m.deleteNode(e);
        return result;
    }

    public Entry<K, V> pollLastEntry() {
        JTreeMap.Node<K, V> e = highestNode();
        Entry<K, V> result = JTreeMap.export(e);
        if (e != null) m.deleteNode(e);
        return result;
    }

    public JNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) Fault.raise(new JIllegalArgumentException("toKey out of range"));
        return new TreeRange<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive);
    }

    public JNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) Fault.raise(new JIllegalArgumentException("fromKey out of range"));
        return new TreeRange<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive);
    }

    public JNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) Fault.raise(new JIllegalArgumentException("fromKey out of range"));
        if (!inRange(toKey, toInclusive)) Fault.raise(new JIllegalArgumentException("toKey out of range"));
        return new TreeRange<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive);
    }

    public JSortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
    public JSortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }
    public JSortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }

    /** The entry set of a map or of a range (range null). */
    static final class Entries<K, V> extends JAbstractSet<Entry<K, V>> {
        private final JTreeMap<K, V> m;
        private final TreeRange<K, V> range;

        Entries(JTreeMap<K, V> m, TreeRange<K, V> range) {
            this.m = m;
            this.range = range;
        }

        public JIterator<Entry<K, V>> iterator() {
            return new NodeIterator<K, V>(m, range, range == null ? m.firstNode() : range.lowestNode());
        }

        public int size() {
            return range == null ? m.size() : range.size();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Entry<?, ?> e)) return false;
            if (range != null && !range.inRange(e.getKey())) return false;
            JTreeMap.Node<K, V> p = m.getNode(e.getKey());
            return p != null && JObjects.equals(p.value, e.getValue());
        }

        public boolean remove(Object o) {
            if (!contains(o)) return false;
            m.deleteNode(m.getNode(((Entry<?, ?>) o).getKey()));
            return true;
        }

        public void clear() {
            if (range == null) m.clear();
            else super.clear();
        }
    }

    /** In key order from first while within the range; fails fast; remove supported. */
    static final class NodeIterator<K, V> implements JIterator<Entry<K, V>> {
        private final JTreeMap<K, V> m;
        private final TreeRange<K, V> range;
        private JTreeMap.Node<K, V> next;
        private JTreeMap.Node<K, V> lastReturned;
        private int expectedModCount;

        NodeIterator(JTreeMap<K, V> m, TreeRange<K, V> range, JTreeMap.Node<K, V> first) {
            this.m = m;
            this.range = range;
            this.next = first;
            this.expectedModCount = m.modCount;
        }

        public boolean hasNext() {
            return next != null && (range == null || !range.tooHigh(next.key));
        }

        public Entry<K, V> next() {
            if (!hasNext()) Fault.raise(new JNoSuchElementException());
            if (m.modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
            lastReturned = next;
            next = JTreeMap.successor(next);
            return lastReturned;
        }

        public void remove() {
            if (lastReturned == null) Fault.raise(new JIllegalStateException());
            if (m.modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
            // a node with two children is replaced by its successor's contents: continue from it
            if (lastReturned.left != null && lastReturned.right != null) next = lastReturned;
            m.deleteNode(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }
}
