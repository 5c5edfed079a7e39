package org.mkplay.rt;

/**
 * java.util.HashMap, laid out as the JDK 17 one is, because iteration order is visible to programs: a table
 * of power-of-two size (16 on first use, doubled when size passes three quarters of it), hashes spread as
 * {@code h ^ (h >>> 16)}, new keys appended at the end of their bin (by put; the compute family puts them first), and a resize that splits each bin into
 * a low and a high half in order, and a bin of 9 colliding keys either doubling a table smaller than 64 or
 * becoming a red-black tree ({@link TreeBins}). So a program iterating a HashMap prints the JVM's order.
 */
public class JHashMap<K, V> extends JAbstractMap<K, V> {
    static final int MAXIMUM_CAPACITY = 1 << 30;

    Node<K, V>[] table;
    int size;
    int modCount;
    /** The size at which the table doubles; before the table exists, the capacity it will start with (0: 16). */
    int threshold;

    public JHashMap() {}

    public JHashMap(int initialCapacity) {
        if (initialCapacity < 0) Fault.raise(new JIllegalArgumentException("Illegal initial capacity: " + initialCapacity));
        threshold = tableSizeFor(Math.min(initialCapacity, MAXIMUM_CAPACITY));
    }

    public JHashMap(JMap<? extends K, ? extends V> m) {
        putAll(m);
    }

    static int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    /** The least power of two at or above cap (1 for 0). */
    static int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return n < 0 ? 1 : (n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1);
    }

    /** What the JDK's {@code (int) (s / 0.75f) + 1} gives for the sizes a program can have. */
    static int capacityFor(int s) {
        return (int) (4L * s / 3) + 1;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Node<K, V> e = node(key);
        return e == null ? null : e.value;
    }

    public boolean containsKey(Object key) {
        return node(key) != null;
    }

    public boolean containsValue(Object value) {
        if (table == null) return false;
        for (Node<K, V> bin : table) {
            for (Node<K, V> e = bin; e != null; e = e.next) if (JObjects.equals(value, e.value)) return true;
        }
        return false;
    }

    public V put(K key, V value) {
        return put(key, value, false);
    }

    public V putIfAbsent(K key, V value) {
        return put(key, value, true);
    }

    // The JDK's compute family differs from put in layout: a resize that is due happens before the lookup, and a
    // new key goes to the head of its bin (put appends it), which a bin of 8 (not 9) turns into a tree.

    public V computeIfAbsent(K key, JFunction<? super K, ? extends V> mappingFunction) {
        JObjects.requireNonNull(mappingFunction);
        Node<K, V> old = nodeForCompute(key);
        if (old != null && old.value != null) return old.value;
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) Fault.raise(new JConcurrentModificationException());
        if (v == null) return null;
        if (old != null) old.value = v;
        else insertAtHead(key, v);
        return v;
    }

    public V compute(K key, JBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        JObjects.requireNonNull(remappingFunction);
        Node<K, V> old = nodeForCompute(key);
        int mc = modCount;
        V v = remappingFunction.apply(key, old == null ? null : old.value);
        if (mc != modCount) Fault.raise(new JConcurrentModificationException());
        if (old != null) {
            if (v != null) old.value = v;
            else removeNode(key);
        } else if (v != null) {
            insertAtHead(key, v);
        }
        return v;
    }

    public V merge(K key, V value, JBiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        JObjects.requireNonNull(value);
        JObjects.requireNonNull(remappingFunction);
        Node<K, V> old = nodeForCompute(key);
        if (old == null) {
            insertAtHead(key, value);
            return value;
        }
        V v = value;
        if (old.value != null) {
            int mc = modCount;
            v = remappingFunction.apply(old.value, value);
            if (mc != modCount) Fault.raise(new JConcurrentModificationException());
        }
        if (v != null) old.value = v;
        else removeNode(key);
        return v;
    }

    public V computeIfPresent(K key, JBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        JObjects.requireNonNull(remappingFunction);
        Node<K, V> e = node(key);
        if (e == null || e.value == null) return null;
        int mc = modCount;
        V v = remappingFunction.apply(key, e.value);
        if (mc != modCount) Fault.raise(new JConcurrentModificationException());
        if (v != null) e.value = v;
        else removeNode(key);
        return v;
    }

    private Node<K, V> nodeForCompute(Object key) {
        if (size > threshold || table == null) resize();
        return node(key);
    }

    /** The key is absent: a new node first in its bin (or in its tree); size may pass the threshold until later. */
    private void insertAtHead(K key, V value) {
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> first = table[i];
        if (first instanceof TreeNode<K, V> tree) {
            TreeBins.put(this, table, tree, h, key, value);
        } else {
            int length = 0;
            for (Node<K, V> e = first; e != null; e = e.next) length++;
            Node<K, V> added = newNode(h, key, value);
            added.next = first;
            table[i] = added;
            if (length >= TreeBins.TREEIFY_THRESHOLD - 1) treeifyBin(i);
        }
        modCount++;
        size++;
    }

    public V remove(Object key) {
        Node<K, V> e = removeNode(key);
        return e == null ? null : e.value;
    }

    /** As the JDK 17 putMapEntries: size the empty table for m first, or grow once. */
    public void putAll(JMap<? extends K, ? extends V> m) {
        int s = m.size();
        if (s == 0) return;
        if (table == null) {
            int t = Math.min(capacityFor(s), MAXIMUM_CAPACITY);
            if (t > threshold) threshold = tableSizeFor(t);
        } else if (s > threshold) {
            resize();
        }
        super.putAll(m);
    }

    public void clear() {
        modCount++;
        if (table != null && size > 0) {
            size = 0;
            for (int k = 0; k < table.length; k++) table[k] = null;
            afterClear();
        }
    }

    public JSet<Entry<K, V>> entrySet() {
        return new EntrySet();
    }

    final Node<K, V> node(Object key) {
        if (table == null) return null;
        int h = hash(key);
        for (Node<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && JObjects.equals(key, e.key)) return e;
        }
        return null;
    }

    private V put(K key, V value, boolean onlyIfAbsent) {
        if (table == null) resize();
        int h = hash(key);
        Node<K, V> e = table[h & (table.length - 1)] instanceof TreeNode<K, V> tree
                ? TreeBins.put(this, table, tree, h, key, value)
                : putInList(h, key, value);
        if (e != null) {
            V old = e.value;
            if (!onlyIfAbsent || old == null) e.value = value;
            return old;
        }
        modCount++;
        if (++size > threshold) resize();
        return null;
    }

    /** Appends a new node to its bin's list (null), or returns the node holding key; a long list is treeified. */
    private Node<K, V> putInList(int h, K key, V value) {
        int i = h & (table.length - 1);
        Node<K, V> last = null;
        int length = 0;
        for (Node<K, V> e = table[i]; e != null; last = e, e = e.next, length++) {
            if (e.hash == h && JObjects.equals(key, e.key)) return e;
        }
        Node<K, V> added = newNode(h, key, value);
        if (last == null) table[i] = added;
        else last.next = added;
        if (length >= TreeBins.TREEIFY_THRESHOLD) treeifyBin(i);
        return null;
    }

    /** As the JDK: a table under 64 slots grows instead (spreading the bin); a larger one gets a tree. */
    private void treeifyBin(int index) {
        if (table.length < TreeBins.MIN_TREEIFY_CAPACITY) resize();
        else TreeBins.treeify(this, table, index);
    }

    final Node<K, V> removeNode(Object key) {
        return removeNode(key, true);
    }

    /** movable is false for an iterator's remove, which must not reorder a tree bin (see TreeBins.remove). */
    final Node<K, V> removeNode(Object key, boolean movable) {
        if (table == null) return null;
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> previous = null;
        for (Node<K, V> e = table[i]; e != null; previous = e, e = e.next) {
            if (e.hash == h && JObjects.equals(key, e.key)) {
                if (e instanceof TreeNode<K, V> t) TreeBins.remove(this, table, t, movable);
                else if (previous == null) table[i] = e.next;
                else previous.next = e.next;
                modCount++;
                size--;
                afterNodeRemoval(e);
                return e;
            }
        }
        return null;
    }

    /** Doubles the table (or makes the first one), keeping each bin's order in its low and high halves. */
    private void resize() {
        Node<K, V>[] old = table;
        int oldCapacity = old == null ? 0 : old.length;
        if (oldCapacity >= MAXIMUM_CAPACITY) {
            threshold = Integer.MAX_VALUE;
            return;
        }
        int capacity = oldCapacity > 0 ? oldCapacity << 1 : (threshold > 0 ? threshold : 16);
        threshold = capacity < MAXIMUM_CAPACITY ? capacity * 3 / 4 : Integer.MAX_VALUE; // (int) (capacity * 0.75f)
        Node<K, V>[] fresh = (Node<K, V>[]) new Node[capacity];
        table = fresh;
        for (int j = 0; j < oldCapacity; j++) {
            if (old[j] instanceof TreeNode<K, V> tree) TreeBins.split(this, fresh, tree, j, oldCapacity);
            else split(old[j], fresh, j, oldCapacity);
        }
    }

    private static <K, V> void split(Node<K, V> e, Node<K, V>[] fresh, int j, int oldCapacity) {
        Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
        for (Node<K, V> next; e != null; e = next) {
            next = e.next;
            e.next = null;
            if ((e.hash & oldCapacity) == 0) {
                if (loTail == null) loHead = e;
                else loTail.next = e;
                loTail = e;
            } else {
                if (hiTail == null) hiHead = e;
                else hiTail.next = e;
                hiTail = e;
            }
        }
        fresh[j] = loHead;
        fresh[j + oldCapacity] = hiHead;
    }

    // Hooks for LinkedHashMap, which also threads its entries in insertion order.
    Node<K, V> newNode(int hash, K key, V value) {
        return new Node<K, V>(hash, key, value);
    }

    TreeNode<K, V> newTreeNode(int hash, K key, V value) {
        return new TreeNode<K, V>(hash, key, value);
    }

    /** The tree node that takes p's place when its bin becomes a tree. */
    TreeNode<K, V> replacementTreeNode(Node<K, V> p) {
        return new TreeNode<K, V>(p.hash, p.key, p.value);
    }

    /** The list node that takes p's place when its bin stops being a tree. */
    Node<K, V> replacementNode(Node<K, V> p) {
        return new Node<K, V>(p.hash, p.key, p.value);
    }

    void afterNodeRemoval(Node<K, V> e) {}

    void afterClear() {}

    JIterator<Entry<K, V>> entryIterator() {
        return new TableIterator();
    }

    static class Node<K, V> implements Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value) {
            this.hash = hash;
            this.key = key;
            this.value = value;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return value;
        }

        public final V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        public final boolean equals(Object o) {
            return o == (Object) this || (o instanceof Entry && Entries.equal(this, (Entry<?, ?>) o));
        }

        public final int hashCode() {
            return Entries.hash(this);
        }

        public final String toString() {
            return key + "=" + value;
        }
    }

    /** A node that LinkedHashMap also threads in insertion order (before/after). */
    static class Linked<K, V> extends Node<K, V> {
        Linked<K, V> before;
        Linked<K, V> after;

        Linked(int hash, K key, V value) {
            super(hash, key, value);
        }
    }

    /** A node of a tree bin: red-black tree links, and prev for unlinking it from the bin's list. */
    static final class TreeNode<K, V> extends Linked<K, V> {
        TreeNode<K, V> parent;
        TreeNode<K, V> left;
        TreeNode<K, V> right;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V value) {
            super(hash, key, value);
        }
    }

    /**
     * Entries from a first one, each next one given by successor (table order here, insertion order in
     * LinkedHashMap); fails fast on a change made other than through the iterator.
     */
    abstract class EntryIterator implements JIterator<Entry<K, V>> {
        private Node<K, V> next;
        private Node<K, V> current;
        private int expectedModCount = modCount;

        /** The entry after e in this iteration's order, or null. */
        abstract Node<K, V> successor(Node<K, V> e);

        final void start(Node<K, V> first) {
            next = first;
        }

        public final boolean hasNext() {
            return next != null;
        }

        public final Entry<K, V> next() {
            if (modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
            if (next == null) Fault.raise(new JNoSuchElementException());
            current = next;
            next = successor(current);
            return current;
        }

        public final void remove() {
            if (current == null) Fault.raise(new JIllegalStateException());
            if (modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
            removeNode(current.key, false);
            current = null;
            expectedModCount = modCount;
        }
    }

    /** Entries in table order, bin by bin. */
    final class TableIterator extends EntryIterator {
        private int index;

        TableIterator() {
            if (table != null && size > 0) start(nextBin());
        }

        Node<K, V> successor(Node<K, V> e) {
            return e.next != null ? e.next : nextBin();
        }

        private Node<K, V> nextBin() {
            Node<K, V> first = null;
            while (first == null && index < table.length) first = table[index++];
            return first;
        }
    }

    final class EntrySet extends JAbstractSet<Entry<K, V>> {
        public JIterator<Entry<K, V>> iterator() {
            return entryIterator();
        }

        public int size() {
            return size;
        }

        public boolean contains(Object o) {
            if (!(o instanceof Entry)) return false;
            Entry<?, ?> e = (Entry<?, ?>) o;
            Node<K, V> mine = node(e.getKey());
            return mine != null && mine.equals(e);
        }

        public boolean remove(Object o) {
            if (!contains(o)) return false;
            removeNode(((Entry<?, ?>) o).getKey());
            return true;
        }

        public void clear() {
            JHashMap.this.clear();
        }
    }
}
