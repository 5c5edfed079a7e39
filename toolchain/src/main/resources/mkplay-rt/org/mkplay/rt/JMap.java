package org.mkplay.rt;

/** java.util.Map and Map.Entry: the members everyday code calls with the JDK's default methods. */
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

    default boolean remove(Object key, Object value) {
        Object curValue = get(key);
        if (!JObjects.equals(curValue, value) || (curValue == null && !containsKey(key))) return false;
        remove(key);
        return true;
    }

    default boolean replace(K key, V oldValue, V newValue) {
        Object curValue = get(key);
        if (!JObjects.equals(curValue, oldValue) || (curValue == null && !containsKey(key))) return false;
        put(key, newValue);
        return true;
    }

    default V replace(K key, V value) {
        V curValue;
        if (((curValue = get(key)) != null) || containsKey(key)) curValue = put(key, value);
        return curValue;
    }

    default void forEach(JBiConsumer<? super K, ? super V> action) {
        JObjects.requireNonNull(action);
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) {
            Entry<K, V> e = it.next();
            action.accept(e.getKey(), e.getValue());
        }
    }

    default void replaceAll(JBiFunction<? super K, ? super V, ? extends V> function) {
        JObjects.requireNonNull(function);
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) {
            Entry<K, V> e = it.next();
            e.setValue(function.apply(e.getKey(), e.getValue()));
        }
    }

    default V computeIfAbsent(K key, JFunction<? super K, ? extends V> mappingFunction) {
        JObjects.requireNonNull(mappingFunction);
        V v = get(key);
        if (v == null) {
            V newValue = mappingFunction.apply(key);
            if (newValue != null) {
                put(key, newValue);
                return newValue;
            }
        }
        return v;
    }

    default V computeIfPresent(K key, JBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        JObjects.requireNonNull(remappingFunction);
        V oldValue = get(key);
        if (oldValue == null) return null;
        V newValue = remappingFunction.apply(key, oldValue);
        if (newValue != null) {
            put(key, newValue);
            return newValue;
        }
        remove(key);
        return null;
    }

    default V compute(K key, JBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        JObjects.requireNonNull(remappingFunction);
        V oldValue = get(key);
        V newValue = remappingFunction.apply(key, oldValue);
        if (newValue == null) {
            if (oldValue != null || containsKey(key)) remove(key);
            return null;
        }
        put(key, newValue);
        return newValue;
    }

    default V merge(K key, V value, JBiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        JObjects.requireNonNull(remappingFunction);
        JObjects.requireNonNull(value);
        V oldValue = get(key);
        V newValue = (oldValue == null) ? value : remappingFunction.apply(oldValue, value);
        if (newValue == null) remove(key);
        else put(key, newValue);
        return newValue;
    }

    /**
     * Map.of and friends: read-only, no null keys or values, duplicate keys refused. The JVM iterates these maps
     * in an order it salts anew in every run; ours iterates in insertion order (which is one of the orders).
     */
    @SafeVarargs
    static <K, V> JMap<K, V> ofEntries(Entry<? extends K, ? extends V>... entries) {
        JLinkedHashMap<K, V> map = new JLinkedHashMap<K, V>();
        for (Entry<? extends K, ? extends V> e : entries) {
            K k = JObjects.requireNonNull(e.getKey());
            if (map.put(k, JObjects.requireNonNull(e.getValue())) != null) {
                Fault.raise(new JIllegalArgumentException("duplicate key: " + k));
            }
        }
        return new ReadOnlyViews.Map<K, V>(map, false);
    }

    static <K, V> JMap<K, V> of() {
        return ofEntries();
    }

    static <K, V> JMap<K, V> of(K k1, V v1) {
        return ofEntries(entry(k1, v1));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2) {
        return ofEntries(entry(k1, v1), entry(k2, v2));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4), entry(k5, v5));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4), entry(k5, v5), entry(k6, v6));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                                K k7, V v7) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4), entry(k5, v5), entry(k6, v6),
            entry(k7, v7));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                                K k7, V v7, K k8, V v8) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4), entry(k5, v5), entry(k6, v6),
            entry(k7, v7), entry(k8, v8));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                                K k7, V v7, K k8, V v8, K k9, V v9) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4), entry(k5, v5), entry(k6, v6),
            entry(k7, v7), entry(k8, v8), entry(k9, v9));
    }

    static <K, V> JMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                                K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        return ofEntries(entry(k1, v1), entry(k2, v2), entry(k3, v3), entry(k4, v4), entry(k5, v5), entry(k6, v6),
            entry(k7, v7), entry(k8, v8), entry(k9, v9), entry(k10, v10));
    }

    static <K, V> JMap<K, V> copyOf(JMap<? extends K, ? extends V> map) {
        if (map instanceof ReadOnlyViews.Map<?, ?> r && !r.nullKeys) return (JMap<K, V>) map;
        return ofEntries(map.entrySet().toArray(new Entry[0]));
    }

    static <K, V> Entry<K, V> entry(K k, V v) {
        return new JAbstractMap.SimpleImmutableEntry<K, V>(JObjects.requireNonNull(k), JObjects.requireNonNull(v));
    }

    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);

        static <K extends JComparable<? super K>, V> JComparator<Entry<K, V>> comparingByKey() {
            return (c1, c2) -> c1.getKey().compareTo(c2.getKey());
        }

        static <K, V extends JComparable<? super V>> JComparator<Entry<K, V>> comparingByValue() {
            return (c1, c2) -> c1.getValue().compareTo(c2.getValue());
        }

        static <K, V> JComparator<Entry<K, V>> comparingByKey(JComparator<? super K> cmp) {
            JObjects.requireNonNull(cmp);
            return (c1, c2) -> cmp.compare(c1.getKey(), c2.getKey());
        }

        static <K, V> JComparator<Entry<K, V>> comparingByValue(JComparator<? super V> cmp) {
            JObjects.requireNonNull(cmp);
            return (c1, c2) -> cmp.compare(c1.getValue(), c2.getValue());
        }
    }
}
