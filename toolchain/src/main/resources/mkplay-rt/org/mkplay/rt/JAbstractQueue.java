package org.mkplay.rt;

/** java.util.AbstractQueue: add, remove, element and clear in terms of offer, poll and peek. */
public abstract class JAbstractQueue<E> extends JAbstractCollection<E> implements JQueue<E> {
    protected JAbstractQueue() {}

    public boolean add(E e) {
        if (!offer(e)) Fault.raise(new JIllegalStateException("Queue full"));
        return true;
    }

    public E remove() {
        E x = poll();
        if (x == null) Fault.raise(new JNoSuchElementException());
        return x;
    }

    public E element() {
        E x = peek();
        if (x == null) Fault.raise(new JNoSuchElementException());
        return x;
    }

    public void clear() {
        while (poll() != null) { }
    }

    public boolean addAll(JCollection<? extends E> c) {
        if (c == (Object) this) Fault.raise(new JIllegalArgumentException());
        boolean modified = false;
        for (JIterator<? extends E> it = c.iterator(); it.hasNext(); ) if (add(it.next())) modified = true;
        return modified;
    }
}
