package org.mkplay.rt;

/** java.util.AbstractMap: a map over entrySet(), with the JDK's toString, equals and hashCode. */
public abstract class JAbstractMap<K, V> implements JMap<K, V> {
    protected JAbstractMap() {}

    public abstract JSet<Entry<K, V>> entrySet();

    public int size() {
        return entrySet().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean containsKey(Object key) {
        return entryFor(key) != null;
    }

    public boolean containsValue(Object value) {
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) {
            if (JObjects.equals(value, it.next().getValue())) return true;
        }
        return false;
    }

    public V get(Object key) {
        Entry<K, V> e = entryFor(key);
        return e == null ? null : e.getValue();
    }

    public V put(K key, V value) {
        Fault.raise(new JUnsupportedOperationException());
        return null;
    }

    public V remove(Object key) {
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) {
            Entry<K, V> e = it.next();
            if (JObjects.equals(key, e.getKey())) {
                it.remove();
                return e.getValue();
            }
        }
        return null;
    }

    private Entry<K, V> entryFor(Object key) {
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) {
            Entry<K, V> e = it.next();
            if (JObjects.equals(key, e.getKey())) return e;
        }
        return null;
    }

    public void putAll(JMap<? extends K, ? extends V> m) {
        for (JIterator<? extends Entry<? extends K, ? extends V>> it = m.entrySet().iterator(); it.hasNext(); ) {
            Entry<? extends K, ? extends V> e = it.next();
            put(e.getKey(), e.getValue());
        }
    }

    public void clear() {
        entrySet().clear();
    }

    public JSet<K> keySet() {
        return new MapViews.Keys<K>(this);
    }

    public JCollection<V> values() {
        return new MapViews.Values<V>(this);
    }

    public boolean equals(Object o) {
        if (o == (Object) this) return true;
        if (!(o instanceof JMap)) return false;
        JMap<?, ?> m = (JMap<?, ?>) o;
        if (m.size() != size()) return false;
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) {
            Entry<K, V> e = it.next();
            Object theirs = m.get(e.getKey());
            if (!JObjects.equals(e.getValue(), theirs) || (theirs == null && !m.containsKey(e.getKey()))) return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (JIterator<Entry<K, V>> it = entrySet().iterator(); it.hasNext(); ) h += it.next().hashCode();
        return h;
    }

    /** "{k1=v1, k2=v2}"; the map itself prints as "(this Map)". */
    public String toString() {
        JIterator<Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) return "{}";
        StringBuilder sb = new StringBuilder().append('{');
        while (true) {
            Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == (Object) this ? "(this Map)" : key).append('=');
            sb.append(value == (Object) this ? "(this Map)" : value);
            if (!it.hasNext()) return sb.append('}').toString();
            sb.append(',').append(' ');
        }
    }

    /** A key and a value; equality and hash code by the Map.Entry contract. */
    public static class SimpleEntry<K, V> extends MapEntry<K, V> {
        public SimpleEntry(K key, V value) {
            super(key, value);
        }
    }

    /** As SimpleEntry, but setValue throws. */
    public static class SimpleImmutableEntry<K, V> extends SimpleEntry<K, V> {
        public SimpleImmutableEntry(K key, V value) {
            super(key, value);
        }

        public V setValue(V value) {
            Fault.raise(new JUnsupportedOperationException());
            return null;
        }
    }
}
