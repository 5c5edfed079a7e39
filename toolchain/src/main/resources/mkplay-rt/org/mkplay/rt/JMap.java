package org.mkplay.rt;

/** java.util.Map and Map.Entry: the members everyday code calls (no lambdas: no merge, compute, forEach). */
public interface JMap<K, V> {
    int size();
    boolean isEmpty();
    boolean containsKey(Object key);
    boolean containsValue(Object value);
    V get(Object key);
    V put(K key, V value);
    V remove(Object key);
    void putAll(JMap<? extends K, ? extends V> m);
    void clear();
    JSet<K> keySet();
    JCollection<V> values();
    JSet<Entry<K, V>> entrySet();

    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null || containsKey(key) ? v : defaultValue;
    }

    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) v = put(key, value);
        return v;
    }

    static <K, V> Entry<K, V> entry(K k, V v) {
        return new JAbstractMap.SimpleImmutableEntry<K, V>(JObjects.requireNonNull(k), JObjects.requireNonNull(v));
    }

    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);
    }
}
