package org.mkplay.rt;

/** java.util.LinkedHashMap in insertion order: a HashMap whose entries are also threaded in a list. */
public class JLinkedHashMap<K, V> extends JHashMap<K, V> {
    private Linked<K, V> head;
    private Linked<K, V> tail;

    public JLinkedHashMap() {}

    public JLinkedHashMap(int initialCapacity) {
        super(initialCapacity);
    }

    public JLinkedHashMap(JMap<? extends K, ? extends V> m) {
        putAll(m);
    }

    Node<K, V> newNode(int hash, K key, V value) {
        return linkLast(new Linked<K, V>(hash, key, value));
    }

    TreeNode<K, V> newTreeNode(int hash, K key, V value) {
        return linkLast(new TreeNode<K, V>(hash, key, value));
    }

    TreeNode<K, V> replacementTreeNode(Node<K, V> p) {
        return transferLinks((Linked<K, V>) p, new TreeNode<K, V>(p.hash, p.key, p.value));
    }

    Node<K, V> replacementNode(Node<K, V> p) {
        return transferLinks((Linked<K, V>) p, new Linked<K, V>(p.hash, p.key, p.value));
    }

    private <T extends Linked<K, V>> T linkLast(T e) {
        e.before = tail;
        if (tail == null) head = e;
        else tail.after = e;
        tail = e;
        return e;
    }

    /** replacement takes old's place in the insertion-order list. */
    private <T extends Linked<K, V>> T transferLinks(Linked<K, V> old, T replacement) {
        Linked<K, V> b = replacement.before = old.before;
        Linked<K, V> a = replacement.after = old.after;
        if (b == null) head = replacement;
        else b.after = replacement;
        if (a == null) tail = replacement;
        else a.before = replacement;
        return replacement;
    }

    void afterNodeRemoval(Node<K, V> node) {
        Linked<K, V> e = (Linked<K, V>) node;
        if (e.before == null) head = e.after;
        else e.before.after = e.after;
        if (e.after == null) tail = e.before;
        else e.after.before = e.before;
        e.before = e.after = null;
    }

    void afterClear() {
        head = tail = null;
    }

    public boolean containsValue(Object value) {
        for (Linked<K, V> e = head; e != null; e = e.after) if (JObjects.equals(value, e.value)) return true;
        return false;
    }

    JIterator<Entry<K, V>> entryIterator() {
        return new ListIterator();
    }

    /** Entries in insertion order. */
    final class ListIterator extends EntryIterator {
        ListIterator() {
            start(head);
        }

        Node<K, V> successor(Node<K, V> e) {
            return ((Linked<K, V>) e).after;
        }
    }
}
