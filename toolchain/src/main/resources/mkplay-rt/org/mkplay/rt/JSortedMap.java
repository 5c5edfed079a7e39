package org.mkplay.rt;

/** java.util.SortedMap. */
public interface JSortedMap<K, V> extends JMap<K, V> {
    JComparator<? super K> comparator();
    K firstKey();
    K lastKey();
    JSortedMap<K, V> headMap(K toKey);
    JSortedMap<K, V> tailMap(K fromKey);
    JSortedMap<K, V> subMap(K fromKey, K toKey);
}
