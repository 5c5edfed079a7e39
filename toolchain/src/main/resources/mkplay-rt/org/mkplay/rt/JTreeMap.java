package org.mkplay.rt;

/**
 * java.util.TreeMap: a red-black tree (Cormen et al.'s insertion and deletion, parent links, as the JDK's) ordered by
 * the keys' natural order or a comparator. Iteration is in key order, so it matches the JVM's whatever the tree's
 * shape; iterators fail fast. headMap/tailMap/subMap are live range views ({@link TreeRange}); keySet and
 * navigableKeySet are a TreeSet over this map.
 * Invariants: a red node has no red child; every path from a node down to a leaf has as many black nodes;
 * the root is black; size counts the nodes.
 */
public class JTreeMap<K, V> extends JAbstractMap<K, V> implements JNavigableMap<K, V> {
    final JComparator<? super K> comparator;
    Node<K, V> root;
    int size;
    int modCount;

    public JTreeMap() {
        comparator = null;
    }

    public JTreeMap(JComparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public JTreeMap(JMap<? extends K, ? extends V> m) {
        comparator = m instanceof JSortedMap ? ((JSortedMap<K, V>) m).comparator() : null;
        putAll(m);
    }

    public JTreeMap(JSortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    static final class Node<K, V> implements Entry<K, V> {
        K key;
        V value;
        Node<K, V> left, right, parent;
        boolean black = true;

        Node(K key, V value, Node<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Entry<?, ?> e && JObjects.equals(key, e.getKey()) && JObjects.equals(value, e.getValue());
        }

        public int hashCode() {
            return JObjects.hashCode(key) ^ JObjects.hashCode(value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    final int compare(Object a, Object b) {
        return comparator == null ? ((JComparable<Object>) a).compareTo(b) : comparator.compare((K) a, (K) b);
    }

    public JComparator<? super K> comparator() {
        return comparator;
    }

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) if (JObjects.equals(value, e.value)) return true;
        return false;
    }

    public V get(Object key) {
        Node<K, V> p = getNode(key);
        return p == null ? null : p.value;
    }

    final Node<K, V> getNode(Object key) {
        if (comparator == null) JObjects.requireNonNull(key);
        Node<K, V> p = root;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0) p = p.left;
            else if (cmp > 0) p = p.right;
            else return p;
        }
        return null;
    }

    public V put(K key, V value) {
        Node<K, V> t = root;
        if (t == null) {
            compare(key, key); // type (and null) check, as the JDK's
            root = new Node<K, V>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (comparator == null) JObjects.requireNonNull(key);
        Node<K, V> parent;
        int cmp;
        do {
            parent = t;
            cmp = compare(key, t.key);
            if (cmp < 0) t = t.left;
            else if (cmp > 0) t = t.right;
            else return t.setValue(value);
        } while (t != null);
        Node<K, V> e = new Node<K, V>(key, value, parent);
        if (cmp < 0) parent.left = e;
        else parent.right = e;
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    public V remove(Object key) {
        Node<K, V> p = getNode(key);
        if (p == null) return null;
        V old = p.value;
        deleteNode(p);
        return old;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    // ---- navigation ----

    final Node<K, V> firstNode() {
        Node<K, V> p = root;
        if (p != null) while (p.left != null) p = p.left;
        return p;
    }

    final Node<K, V> lastNode() {
        Node<K, V> p = root;
        if (p != null) while (p.right != null) p = p.right;
        return p;
    }

    /** The node with the least key above (or, inclusive, equal to) key; null if none. */
    final Node<K, V> ceilingNode(Object key, boolean inclusive) {
        if (comparator == null) JObjects.requireNonNull(key);
        Node<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0 || cmp == 0 && inclusive) {
                if (cmp == 0) return p;
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The node with the greatest key below (or, inclusive, equal to) key; null if none. */
    final Node<K, V> floorNode(Object key, boolean inclusive) {
        if (comparator == null) JObjects.requireNonNull(key);
        Node<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp > 0 || cmp == 0 && inclusive) {
                if (cmp == 0) return p;
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    static <K, V> Node<K, V> successor(Node<K, V> t) {
        if (t == null) return null;
        if (t.right != null) {
            Node<K, V> p = t.right;
            while (p.left != null) p = p.left;
            return p;
        }
        Node<K, V> p = t.parent, ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Node<K, V> predecessor(Node<K, V> t) {
        if (t == null) return null;
        if (t.left != null) {
            Node<K, V> p = t.left;
            while (p.right != null) p = p.right;
            return p;
        }
        Node<K, V> p = t.parent, ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    /** A snapshot of a node (the JDK's firstEntry etc. return immutable entries), or null. */
    static <K, V> Entry<K, V> export(Node<K, V> e) {
        return e == null ? null : new JAbstractMap.SimpleImmutableEntry<K, V>(e.key, e.value);
    }

    static <K> K keyOrNull(Entry<K, ?> e) {
        return e == null ? null : e.getKey();
    }

    static <K> K key(Entry<K, ?> e) {
        if (e == null) Fault.raise(new JNoSuchElementException());
        return e.getKey();
    }

    public Entry<K, V> firstEntry() { return export(firstNode()); }
    public Entry<K, V> lastEntry() { return export(lastNode()); }
    public Entry<K, V> floorEntry(K key) { return export(floorNode(key, true)); }
    public Entry<K, V> ceilingEntry(K key) { return export(ceilingNode(key, true)); }
    public Entry<K, V> lowerEntry(K key) { return export(floorNode(key, false)); }
    public Entry<K, V> higherEntry(K key) { return export(ceilingNode(key, false)); }
    public K firstKey() { return key(firstNode()); }
    public K lastKey() { return key(lastNode()); }
    public K floorKey(K key) { return keyOrNull(floorNode(key, true)); }
    public K ceilingKey(K key) { return keyOrNull(ceilingNode(key, true)); }
    public K lowerKey(K key) { return keyOrNull(floorNode(key, false)); }
    public K higherKey(K key) { return keyOrNull(ceilingNode(key, false)); }

    public Entry<K, V> pollFirstEntry() {
        Node<K, V> p = firstNode();
        Entry<K, V> result = export(p);
        if (p != null) deleteNode(p);
        return result;
    }

    public Entry<K, V> pollLastEntry() {
        Node<K, V> p = lastNode();
        Entry<K, V> result = export(p);
        if (p != null) deleteNode(p);
        return result;
    }

    // ---- views ----

    public JSet<K> keySet() {
        return navigableKeySet();
    }

    public JNavigableSet<K> navigableKeySet() {
        return new JTreeSet<K>((JNavigableMap<K, Object>) (Object) this);
    }

    public JSet<Entry<K, V>> entrySet() {
        return new TreeRange.Entries<K, V>(this, null);
    }

    public JNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TreeRange<K, V>(this, true, null, true, false, toKey, inclusive);
    }

    public JNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TreeRange<K, V>(this, false, fromKey, inclusive, true, null, true);
    }

    public JNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TreeRange<K, V>(this, false, fromKey, fromInclusive, false, toKey, toInclusive);
    }

    public JSortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
    public JSortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }
    public JSortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }

    // ---- balancing (Cormen, Leiserson, Rivest: Introduction to Algorithms) ----

    private static <K, V> boolean isBlack(Node<K, V> p) { return p == null || p.black; }
    private static <K, V> Node<K, V> parentOf(Node<K, V> p) { return p == null ? null : p.parent; }
    private static <K, V> void setBlack(Node<K, V> p, boolean black) { if (p != null) p.black = black; }
    private static <K, V> Node<K, V> leftOf(Node<K, V> p) { return p == null ? null : p.left; }
    private static <K, V> Node<K, V> rightOf(Node<K, V> p) { return p == null ? null : p.right; }

    private void rotateLeft(Node<K, V> p) {
        if (p == null) return;
        Node<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) r.left.parent = p;
        r.parent = p.parent;
        if (p.parent == null) root = r;
        else if (p.parent.left == p) p.parent.left = r;
        else p.parent.right = r;
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Node<K, V> p) {
        if (p == null) return;
        Node<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) l.right.parent = p;
        l.parent = p.parent;
        if (p.parent == null) root = l;
        else if (p.parent.right == p) p.parent.right = l;
        else p.parent.left = l;
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Node<K, V> x) {
        x.black = false;
        while (x != null && x != root && !x.parent.black) {
            Node<K, V> grand = parentOf(parentOf(x));
            if (parentOf(x) == leftOf(grand)) {
                Node<K, V> y = rightOf(grand);
                if (!isBlack(y)) {
                    setBlack(parentOf(x), true);
                    setBlack(y, true);
                    setBlack(grand, false);
                    x = grand;
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setBlack(parentOf(x), true);
                    setBlack(parentOf(parentOf(x)), false);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Node<K, V> y = leftOf(grand);
                if (!isBlack(y)) {
                    setBlack(parentOf(x), true);
                    setBlack(y, true);
                    setBlack(grand, false);
                    x = grand;
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setBlack(parentOf(x), true);
                    setBlack(parentOf(parentOf(x)), false);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.black = true;
    }

    /**
     * Unlinks p. A node with two children takes its successor's key and value and the successor is unlinked
     * instead (so an iterator that returned p must continue from p: see TreeRange.NodeIterator.remove).
     */
    final void deleteNode(Node<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Node<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Node<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) root = replacement;
            else if (p == p.parent.left) p.parent.left = replacement;
            else p.parent.right = replacement;
            p.left = p.right = p.parent = null;
            if (p.black) fixAfterDeletion(replacement);
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.black) fixAfterDeletion(p);
            if (p.parent != null) {
                if (p == p.parent.left) p.parent.left = null;
                else if (p == p.parent.right) p.parent.right = null;
                p.parent = null;
            }
        }
    }

    private void fixAfterDeletion(Node<K, V> x) {
        while (x != root && isBlack(x)) {
            if (x == leftOf(parentOf(x))) {
                Node<K, V> sib = rightOf(parentOf(x));
                if (!isBlack(sib)) {
                    setBlack(sib, true);
                    setBlack(parentOf(x), false);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (isBlack(leftOf(sib)) && isBlack(rightOf(sib))) {
                    setBlack(sib, false);
                    x = parentOf(x);
                } else {
                    if (isBlack(rightOf(sib))) {
                        setBlack(leftOf(sib), true);
                        setBlack(sib, false);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setBlack(sib, isBlack(parentOf(x)));
                    setBlack(parentOf(x), true);
                    setBlack(rightOf(sib), true);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Node<K, V> sib = leftOf(parentOf(x));
                if (!isBlack(sib)) {
                    setBlack(sib, true);
                    setBlack(parentOf(x), false);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (isBlack(rightOf(sib)) && isBlack(leftOf(sib))) {
                    setBlack(sib, false);
                    x = parentOf(x);
                } else {
                    if (isBlack(leftOf(sib))) {
                        setBlack(rightOf(sib), true);
                        setBlack(sib, false);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setBlack(sib, isBlack(parentOf(x)));
                    setBlack(parentOf(x), true);
                    setBlack(leftOf(sib), true);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setBlack(x, true);
    }
}
