package org.mkplay.rt;

/** java.util.ArrayDeque: a circular array that doubles when full; no null elements (NullPointerException). */
public class JArrayDeque<E> extends JAbstractCollection<E> implements JDeque<E> {
    private Object[] elements;
    private int head; // index of the first element
    private int size;

    public JArrayDeque() {
        this(16);
    }

    public JArrayDeque(int capacity) {
        elements = new Object[Math.max(capacity, 1) + 1];
    }

    public JArrayDeque(JCollection<? extends E> c) {
        this(c.size());
        addAll(c);
    }

    public int size() {
        return size;
    }

    public void addFirst(E e) {
        JObjects.requireNonNull(e);
        if (size == elements.length) grow();
        head = (head - 1 + elements.length) % elements.length;
        elements[head] = e;
        size++;
    }

    public void addLast(E e) {
        JObjects.requireNonNull(e);
        if (size == elements.length) grow();
        elements[(head + size) % elements.length] = e;
        size++;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        addLast(e);
        return true;
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pollFirst() {
        if (size == 0) return null;
        E e = (E) elements[head];
        elements[head] = null;
        head = (head + 1) % elements.length;
        size--;
        return e;
    }

    public E pollLast() {
        if (size == 0) return null;
        int last = (head + size - 1) % elements.length;
        E e = (E) elements[last];
        elements[last] = null;
        size--;
        return e;
    }

    public E poll() {
        return pollFirst();
    }

    public E peekFirst() {
        return size == 0 ? null : (E) elements[head];
    }

    public E peekLast() {
        return size == 0 ? null : (E) elements[(head + size - 1) % elements.length];
    }

    public E peek() {
        return peekFirst();
    }

    public E removeFirst() {
        if (size == 0) Fault.raise(new JNoSuchElementException());
        return pollFirst();
    }

    public E removeLast() {
        if (size == 0) Fault.raise(new JNoSuchElementException());
        return pollLast();
    }

    public E remove() {
        return removeFirst();
    }

    public E pop() {
        return removeFirst();
    }

    public E getFirst() {
        if (size == 0) Fault.raise(new JNoSuchElementException());
        return peekFirst();
    }

    public E getLast() {
        if (size == 0) Fault.raise(new JNoSuchElementException());
        return peekLast();
    }

    public E element() {
        return getFirst();
    }

    public void clear() {
        while (size > 0) pollFirst();
        head = 0;
    }

    public JIterator<E> iterator() {
        return new Itr();
    }

    private void grow() {
        Object[] bigger = new Object[elements.length * 2];
        for (int k = 0; k < size; k++) bigger[k] = elements[(head + k) % elements.length];
        elements = bigger;
        head = 0;
    }

    /** From head to tail; remove() takes out the element last returned, closing the gap. */
    private final class Itr implements JIterator<E> {
        private int index;
        private int lastReturned = -1;

        public boolean hasNext() {
            return index < size;
        }

        public E next() {
            if (index >= size) Fault.raise(new JNoSuchElementException());
            lastReturned = index;
            return (E) elements[(head + index++) % elements.length];
        }

        public void remove() {
            if (lastReturned < 0) Fault.raise(new JIllegalStateException());
            for (int k = lastReturned; k < size - 1; k++) {
                elements[(head + k) % elements.length] = elements[(head + k + 1) % elements.length];
            }
            elements[(head + size - 1) % elements.length] = null;
            size--;
            index = lastReturned;
            lastReturned = -1;
        }
    }
}
