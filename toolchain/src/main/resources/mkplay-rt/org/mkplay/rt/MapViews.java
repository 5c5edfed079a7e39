package org.mkplay.rt;

/** keySet() and values() of a map as views over its entrySet(): they follow the map and remove from it. */
final class MapViews {
    private MapViews() {}

    static final class Keys<K> extends JAbstractSet<K> {
        private final JMap<K, ?> map;

        Keys(JMap<K, ?> map) {
            this.map = map;
        }

        public JIterator<K> iterator() {
            return new KeyIterator<K>(map.entrySet().iterator());
        }

        public int size() {
            return map.size();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            if (!map.containsKey(o)) return false;
            map.remove(o);
            return true;
        }

        public void clear() {
            map.clear();
        }
    }

    static final class Values<V> extends JAbstractCollection<V> {
        private final JMap<?, V> map;

        Values(JMap<?, V> map) {
            this.map = map;
        }

        public JIterator<V> iterator() {
            return new ValueIterator<V>(map.entrySet().iterator());
        }

        public int size() {
            return map.size();
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public void clear() {
            map.clear();
        }
    }

    static final class KeyIterator<K> implements JIterator<K> {
        private final JIterator<? extends JMap.Entry<K, ?>> entries;

        KeyIterator(JIterator<? extends JMap.Entry<K, ?>> entries) {
            this.entries = entries;
        }

        public boolean hasNext() {
            return entries.hasNext();
        }

        public K next() {
            return entries.next().getKey();
        }

        public void remove() {
            entries.remove();
        }
    }

    static final class ValueIterator<V> implements JIterator<V> {
        private final JIterator<? extends JMap.Entry<?, V>> entries;

        ValueIterator(JIterator<? extends JMap.Entry<?, V>> entries) {
            this.entries = entries;
        }

        public boolean hasNext() {
            return entries.hasNext();
        }

        public V next() {
            return entries.next().getValue();
        }

        public void remove() {
            entries.remove();
        }
    }
}
