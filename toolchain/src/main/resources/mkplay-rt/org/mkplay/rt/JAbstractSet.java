package org.mkplay.rt;

/** java.util.AbstractSet: equality and hash code by the Set contract. */
public abstract class JAbstractSet<E> extends JAbstractCollection<E> implements JSet<E> {
    protected JAbstractSet() {}

    public boolean equals(Object o) {
        if (o == (Object) this) return true;
        if (!(o instanceof JSet)) return false;
        JSet<?> other = (JSet<?>) o;
        return other.size() == size() && containsAll(other);
    }

    public int hashCode() {
        int h = 0;
        for (JIterator<E> it = iterator(); it.hasNext(); ) h += JObjects.hashCode(it.next());
        return h;
    }
}
