package org.mkplay.rt;

/** java.util.AbstractCollection: everything in terms of iterator() and size(), with the JDK's toString. */
public abstract class JAbstractCollection<E> implements JCollection<E> {
    protected JAbstractCollection() {}

    public abstract JIterator<E> iterator();

    public abstract int size();

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean contains(Object o) {
        for (JIterator<E> it = iterator(); it.hasNext(); ) if (JObjects.equals(o, it.next())) return true;
        return false;
    }

    public boolean add(E e) {
        Fault.raise(new JUnsupportedOperationException());
        return false;
    }

    public boolean remove(Object o) {
        for (JIterator<E> it = iterator(); it.hasNext(); ) {
            if (JObjects.equals(o, it.next())) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    public boolean addAll(JCollection<? extends E> c) {
        boolean changed = false;
        for (JIterator<? extends E> it = c.iterator(); it.hasNext(); ) changed |= add(it.next());
        return changed;
    }

    public boolean containsAll(JCollection<?> c) {
        for (JIterator<?> it = c.iterator(); it.hasNext(); ) if (!contains(it.next())) return false;
        return true;
    }

    public boolean removeAll(JCollection<?> c) {
        return removeWhere(c, true);
    }

    public boolean retainAll(JCollection<?> c) {
        return removeWhere(c, false);
    }

    private boolean removeWhere(JCollection<?> c, boolean inC) {
        JObjects.requireNonNull(c);
        boolean changed = false;
        for (JIterator<E> it = iterator(); it.hasNext(); ) {
            if (c.contains(it.next()) == inC) {
                it.remove();
                changed = true;
            }
        }
        return changed;
    }

    public void clear() {
        for (JIterator<E> it = iterator(); it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }

    public Object[] toArray() {
        Object[] a = new Object[size()];
        int k = 0;
        for (JIterator<E> it = iterator(); it.hasNext(); ) a[k++] = it.next();
        return a;
    }

    /** Into a when it is large enough (null after the last element, as the JDK), else a new array of a's class. */
    public <T> T[] toArray(T[] a) {
        int n = size();
        T[] r = a.length >= n ? a : JArrays.copyOf(a, n);
        int k = 0;
        for (JIterator<E> it = iterator(); it.hasNext(); ) r[k++] = (T) it.next();
        if (r.length > n) r[n] = null;
        return r;
    }

    /** "[a, b, c]"; the collection itself prints as "(this Collection)". */
    public String toString() {
        JIterator<E> it = iterator();
        if (!it.hasNext()) return "[]";
        StringBuilder sb = new StringBuilder().append('[');
        while (true) {
            E e = it.next();
            sb.append(e == (Object) this ? "(this Collection)" : e);
            if (!it.hasNext()) return sb.append(']').toString();
            sb.append(',').append(' ');
        }
    }
}
