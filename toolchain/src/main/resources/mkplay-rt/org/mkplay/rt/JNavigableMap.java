package org.mkplay.rt;

/** java.util.NavigableMap (without the descending views). */
public interface JNavigableMap<K, V> extends JSortedMap<K, V> {
    Entry<K, V> firstEntry();
    Entry<K, V> lastEntry();
    Entry<K, V> pollFirstEntry();
    Entry<K, V> pollLastEntry();
    Entry<K, V> floorEntry(K key);
    Entry<K, V> ceilingEntry(K key);
    Entry<K, V> lowerEntry(K key);
    Entry<K, V> higherEntry(K key);
    K floorKey(K key);
    K ceilingKey(K key);
    K lowerKey(K key);
    K higherKey(K key);
    JNavigableSet<K> navigableKeySet();
    JNavigableMap<K, V> headMap(K toKey, boolean inclusive);
    JNavigableMap<K, V> tailMap(K fromKey, boolean inclusive);
    JNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);
}
