package org.mkplay.rt;

/**
 * What Set.of and Map.keySet views of immutable maps return: reads go through, changes throw. (The JDK's
 * Set.of iterates in an order salted anew in every JVM run; ours keeps insertion order, which is one of them.)
 */
final class ReadOnlySet<E> extends JAbstractSet<E> {
    private final JSet<E> set;

    ReadOnlySet(JSet<E> set) {
        this.set = set;
    }

    public JIterator<E> iterator() {
        return new ReadOnlyIterator<E>(set.iterator());
    }

    public int size() {
        return set.size();
    }

    public boolean contains(Object o) {
        return set.contains(JObjects.requireNonNull(o));
    }

    static final class ReadOnlyIterator<E> implements JIterator<E> {
        private final JIterator<E> it;

        ReadOnlyIterator(JIterator<E> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public E next() {
            return it.next();
        }
    }
}
