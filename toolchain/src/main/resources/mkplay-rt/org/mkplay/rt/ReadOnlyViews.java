package org.mkplay.rt;

/**
 * The read-only views of Collections.unmodifiable* and the maps of Map.of: reads go through to the wrapped
 * collection, changes throw UnsupportedOperationException (as the JDK's).
 */
final class ReadOnlyViews {
    private ReadOnlyViews() {}

    static final class Collection<E> extends JAbstractCollection<E> {
        private final JCollection<? extends E> c;

        Collection(JCollection<? extends E> c) {
            this.c = JObjects.requireNonNull(c);
        }

        public JIterator<E> iterator() {
            return new ReadOnlySet.ReadOnlyIterator<E>((JIterator<E>) c.iterator());
        }

        public int size() {
            return c.size();
        }

        public boolean contains(Object o) {
            return c.contains(o);
        }

        public String toString() {
            return c.toString();
        }
    }

    static final class Set<E> extends JAbstractSet<E> {
        private final JSet<? extends E> s;

        Set(JSet<? extends E> s) {
            this.s = JObjects.requireNonNull(s);
        }

        public JIterator<E> iterator() {
            return new ReadOnlySet.ReadOnlyIterator<E>((JIterator<E>) s.iterator());
        }

        public int size() {
            return s.size();
        }

        public boolean contains(Object o) {
            return s.contains(o);
        }
    }

    /** A read-only map; nullKeys false gives Map.of's NullPointerException for get(null) and containsKey(null). */
    static final class Map<K, V> extends JAbstractMap<K, V> {
        private final JMap<K, V> m;
        final boolean nullKeys;

        Map(JMap<? extends K, ? extends V> m, boolean nullKeys) {
            this.m = (JMap<K, V>) JObjects.requireNonNull(m);
            this.nullKeys = nullKeys;
        }

        public int size() {
            return m.size();
        }

        public V get(Object key) {
            return m.get(nullKeys ? key : JObjects.requireNonNull(key));
        }

        public boolean containsKey(Object key) {
            return m.containsKey(nullKeys ? key : JObjects.requireNonNull(key));
        }

        public boolean containsValue(Object value) {
            return m.containsValue(nullKeys ? value : JObjects.requireNonNull(value));
        }

        public V put(K key, V value) {
            Fault.raise(new JUnsupportedOperationException());
            return null;
        }

        public V remove(Object key) {
            Fault.raise(new JUnsupportedOperationException());
            return null;
        }

        public void clear() {
            Fault.raise(new JUnsupportedOperationException());
        }

        public JSet<Entry<K, V>> entrySet() {
            return new Set<Entry<K, V>>(new Entries<K, V>(m.entrySet()));
        }
    }

    /** Entries whose setValue throws, over the wrapped map's entry set. */
    static final class Entries<K, V> extends JAbstractSet<JMap.Entry<K, V>> {
        private final JSet<JMap.Entry<K, V>> entries;

        Entries(JSet<JMap.Entry<K, V>> entries) {
            this.entries = entries;
        }

        public int size() {
            return entries.size();
        }

        public JIterator<JMap.Entry<K, V>> iterator() {
            JIterator<JMap.Entry<K, V>> it = entries.iterator();
            return new JIterator<JMap.Entry<K, V>>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public JMap.Entry<K, V> next() {
                    JMap.Entry<K, V> e = it.next();
                    return new JAbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue());
                }
            };
        }
    }
}
