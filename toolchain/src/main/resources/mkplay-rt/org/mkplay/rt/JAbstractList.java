package org.mkplay.rt;

/**
 * java.util.AbstractList: a list over get(int) and size(); changes throw unless a subclass allows them.
 * modCount counts structural changes, so iterators fail fast as the JDK's do.
 */
public abstract class JAbstractList<E> extends JAbstractCollection<E> implements JList<E> {
    protected int modCount;

    protected JAbstractList() {}

    public abstract E get(int index);

    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    public E set(int index, E element) {
        Fault.raise(new JUnsupportedOperationException());
        return null;
    }

    public void add(int index, E element) {
        Fault.raise(new JUnsupportedOperationException());
    }

    public E remove(int index) {
        Fault.raise(new JUnsupportedOperationException());
        return null;
    }

    public int indexOf(Object o) {
        for (int k = 0, n = size(); k < n; k++) if (JObjects.equals(o, get(k))) return k;
        return -1;
    }

    public int lastIndexOf(Object o) {
        for (int k = size() - 1; k >= 0; k--) if (JObjects.equals(o, get(k))) return k;
        return -1;
    }

    public void clear() {
        for (int k = size() - 1; k >= 0; k--) remove(k);
    }

    public JIterator<E> iterator() {
        return new Itr();
    }

    public JList<E> subList(int fromIndex, int toIndex) {
        SubList.checkRange(fromIndex, toIndex, size());
        return new SubList<E>(this, fromIndex, toIndex);
    }

    public boolean equals(Object o) {
        if (o == (Object) this) return true;
        if (!(o instanceof JList)) return false;
        JIterator<E> a = iterator();
        JIterator<?> b = ((JList<?>) o).iterator();
        while (a.hasNext() && b.hasNext()) if (!JObjects.equals(a.next(), b.next())) return false;
        return !(a.hasNext() || b.hasNext());
    }

    public int hashCode() {
        int h = 1;
        for (JIterator<E> it = iterator(); it.hasNext(); ) h = 31 * h + JObjects.hashCode(it.next());
        return h;
    }

    private final class Itr implements JIterator<E> {
        private int cursor;
        private int lastReturned = -1;
        private int expectedModCount = modCount;

        public boolean hasNext() {
            return cursor != size();
        }

        public E next() {
            checkForComodification();
            if (cursor >= size()) Fault.raise(new JNoSuchElementException());
            lastReturned = cursor;
            return get(cursor++);
        }

        public void remove() {
            if (lastReturned < 0) Fault.raise(new JIllegalStateException());
            checkForComodification();
            JAbstractList.this.remove(lastReturned);
            cursor = lastReturned;
            lastReturned = -1;
            expectedModCount = modCount;
        }

        private void checkForComodification() {
            if (modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
        }
    }
}
