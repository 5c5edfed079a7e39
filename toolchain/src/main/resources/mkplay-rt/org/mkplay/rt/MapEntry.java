package org.mkplay.rt;

/**
 * A key and a value with the Map.Entry contract's accessors, equality, hash code and text: the common part of
 * AbstractMap.SimpleEntry and the TreeMap's nodes (whose key a deletion may replace, so it is not final here).
 */
abstract class MapEntry<K, V> implements JMap.Entry<K, V> {
    K key;
    V value;

    MapEntry(K key, V value) {
        this.key = key;
        this.value = value;
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
        return o instanceof JMap.Entry && Entries.equal(this, (JMap.Entry<?, ?>) o);
    }

    public int hashCode() {
        return Entries.hash(this);
    }

    public String toString() {
        return key + "=" + value;
    }
}
