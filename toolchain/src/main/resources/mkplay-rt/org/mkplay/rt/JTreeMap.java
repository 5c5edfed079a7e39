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

    /** A tree node: its key and value (replaced when deleteNode unlinks its successor instead), links, colour. */
    static final class Node<K, V> extends MapEntry<K, V> {
        Node<K, V> left, right, parent;
        boolean black = true;

        Node(K key, V value, Node<K, V> parent) {
            super(key, value);
            this.parent = parent;
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
        return outermost(root, true);
    }

    final Node<K, V> lastNode() {
        return outermost(root, false);
    }

    /** The node with the least key above (or, inclusive, equal to) key; null if none. */
    final Node<K, V> ceilingNode(Object key, boolean inclusive) {
        return nearestNode(key, true, inclusive);
    }

    /** The node with the greatest key below (or, inclusive, equal to) key; null if none. */
    final Node<K, V> floorNode(Object key, boolean inclusive) {
        return nearestNode(key, false, inclusive);
    }

    /**
     * The node with the nearest key above key (above) or below it, or one equal to it if inclusive; null if none.
     * Going down, a node on the wanted side is the best so far, and the search continues towards key.
     */
    private Node<K, V> nearestNode(Object key, boolean above, boolean inclusive) {
        if (comparator == null) JObjects.requireNonNull(key);
        Node<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp == 0 && inclusive) return p;
            if (cmp != 0 && cmp < 0 == above) {
                best = p;
                p = childOf(p, above);
            } else {
                p = childOf(p, !above);
            }
        }
        return best;
    }

    static <K, V> Node<K, V> successor(Node<K, V> t) {
        return neighbour(t, true);
    }

    static <K, V> Node<K, V> predecessor(Node<K, V> t) {
        return neighbour(t, false);
    }

    /** The node next in key order (after) or the one before it; null at the end (and for null). */
    private static <K, V> Node<K, V> neighbour(Node<K, V> t, boolean after) {
        if (t == null) return null;
        Node<K, V> subtree = childOf(t, !after);
        if (subtree != null) return outermost(subtree, after);
        Node<K, V> p = t.parent, ch = t;
        while (p != null && ch == childOf(p, !after)) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    /** The leftmost (left) or rightmost node of the subtree at p; null for an empty subtree. */
    private static <K, V> Node<K, V> outermost(Node<K, V> p, boolean left) {
        if (p != null) for (Node<K, V> c = childOf(p, left); c != null; c = childOf(p, left)) p = c;
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
        return poll(firstNode());
    }

    public Entry<K, V> pollLastEntry() {
        return poll(lastNode());
    }

    private Entry<K, V> poll(Node<K, V> p) {
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

    // The mirror-image cases of the fix-ups are one code: "left" names a side, !left the other.

    private static <K, V> boolean isBlack(Node<K, V> p) { return p == null || p.black; }
    private static <K, V> Node<K, V> parentOf(Node<K, V> p) { return p == null ? null : p.parent; }
    private static <K, V> void setBlack(Node<K, V> p, boolean black) { if (p != null) p.black = black; }
    private static <K, V> Node<K, V> childOf(Node<K, V> p, boolean left) {
        return p == null ? null : left ? p.left : p.right;
    }

    private static <K, V> void setChild(Node<K, V> p, boolean left, Node<K, V> c) {
        if (left) p.left = c;
        else p.right = c;
    }

    /** Rotates left (left) or right at p: p's child on the other side takes p's place, p becomes its child. */
    private void rotate(Node<K, V> p, boolean left) {
        if (p == null) return;
        Node<K, V> r = childOf(p, !left);
        Node<K, V> inner = childOf(r, left);
        setChild(p, !left, inner);
        if (inner != null) inner.parent = p;
        r.parent = p.parent;
        if (p.parent == null) root = r;
        else setChild(p.parent, p.parent.left == p, r);
        setChild(r, left, p);
        p.parent = r;
    }

    private void fixAfterInsertion(Node<K, V> x) {
        x.black = false;
        while (x != null && x != root && !x.parent.black) {
            Node<K, V> grand = parentOf(parentOf(x));
            boolean left = parentOf(x) == childOf(grand, true);
            Node<K, V> y = childOf(grand, !left);
            if (!isBlack(y)) {
                setBlack(parentOf(x), true);
                setBlack(y, true);
                setBlack(grand, false);
                x = grand;
            } else {
                if (x == childOf(parentOf(x), !left)) {
                    x = parentOf(x);
                    rotate(x, left);
                }
                setBlack(parentOf(x), true);
                setBlack(parentOf(parentOf(x)), false);
                rotate(parentOf(parentOf(x)), !left);
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
            boolean left = x == childOf(parentOf(x), true);
            Node<K, V> sib = childOf(parentOf(x), !left);
            if (!isBlack(sib)) {
                setBlack(sib, true);
                setBlack(parentOf(x), false);
                rotate(parentOf(x), left);
                sib = childOf(parentOf(x), !left);
            }
            if (isBlack(childOf(sib, true)) && isBlack(childOf(sib, false))) {
                setBlack(sib, false);
                x = parentOf(x);
            } else {
                if (isBlack(childOf(sib, !left))) {
                    setBlack(childOf(sib, left), true);
                    setBlack(sib, false);
                    rotate(sib, !left);
                    sib = childOf(parentOf(x), !left);
                }
                setBlack(sib, isBlack(parentOf(x)));
                setBlack(parentOf(x), true);
                setBlack(childOf(sib, !left), true);
                rotate(parentOf(x), left);
                x = root;
            }
        }
        setBlack(x, true);
    }
}
