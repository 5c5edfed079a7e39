package org.mkplay.rt;

/** java.util.LinkedList: a doubly linked list that is both a List and a Deque (nulls allowed, as in the JDK). */
public class JLinkedList<E> extends JAbstractList<E> implements JDeque<E> {
    private Link<E> first;
    private Link<E> last;
    private int size;

    public JLinkedList() {}

    public JLinkedList(JCollection<? extends E> c) {
        addAll(c);
    }

    public int size() {
        return size;
    }

    public E get(int index) {
        return link(JObjects.checkIndex(index, size)).item;
    }

    public E set(int index, E element) {
        Link<E> l = link(JObjects.checkIndex(index, size));
        E old = l.item;
        l.item = element;
        return old;
    }

    public void add(int index, E element) {
        if (index < 0 || index > size) Fault.raise(new JIndexOutOfBoundsException("Index: " + index + ", Size: " + size));
        linkBefore(element, index == size ? null : link(index));
    }

    public boolean add(E e) {
        linkBefore(e, null);
        return true;
    }

    public E remove(int index) {
        return unlink(link(JObjects.checkIndex(index, size)));
    }

    public boolean remove(Object o) {
        for (Link<E> l = first; l != null; l = l.next) {
            if (JObjects.equals(o, l.item)) {
                unlink(l);
                return true;
            }
        }
        return false;
    }

    public void clear() {
        first = last = null;
        size = 0;
        modCount++;
    }

    public void addFirst(E e) { linkBefore(e, first); }
    public void addLast(E e) { linkBefore(e, null); }
    public boolean offerFirst(E e) { addFirst(e); return true; }
    public boolean offerLast(E e) { addLast(e); return true; }
    public boolean offer(E e) { return add(e); }
    public void push(E e) { addFirst(e); }
    public E pollFirst() { return first == null ? null : unlink(first); }
    public E pollLast() { return last == null ? null : unlink(last); }
    public E poll() { return pollFirst(); }
    public E peekFirst() { return first == null ? null : first.item; }
    public E peekLast() { return last == null ? null : last.item; }
    public E peek() { return peekFirst(); }

    public E removeFirst() {
        if (first == null) Fault.raise(new JNoSuchElementException());
        return unlink(first);
    }

    public E removeLast() {
        if (last == null) Fault.raise(new JNoSuchElementException());
        return unlink(last);
    }

    public E remove() { return removeFirst(); }
    public E pop() { return removeFirst(); }

    public E getFirst() {
        if (first == null) Fault.raise(new JNoSuchElementException());
        return first.item;
    }

    public E getLast() {
        if (last == null) Fault.raise(new JNoSuchElementException());
        return last.item;
    }

    public E element() { return getFirst(); }

    /** Walks from the nearer end. */
    private Link<E> link(int index) {
        Link<E> l;
        if (index < (size >> 1)) {
            l = first;
            for (int k = 0; k < index; k++) l = l.next;
        } else {
            l = last;
            for (int k = size - 1; k > index; k--) l = l.previous;
        }
        return l;
    }

    /** Inserts e before successor (at the end when successor is null). */
    private void linkBefore(E e, Link<E> successor) {
        Link<E> predecessor = successor == null ? last : successor.previous;
        Link<E> l = new Link<E>(predecessor, e, successor);
        if (predecessor == null) first = l;
        else predecessor.next = l;
        if (successor == null) last = l;
        else successor.previous = l;
        size++;
        modCount++;
    }

    private E unlink(Link<E> l) {
        if (l.previous == null) first = l.next;
        else l.previous.next = l.next;
        if (l.next == null) last = l.previous;
        else l.next.previous = l.previous;
        size--;
        modCount++;
        return l.item;
    }

    private static final class Link<E> {
        E item;
        Link<E> previous;
        Link<E> next;

        Link(Link<E> previous, E item, Link<E> next) {
            this.previous = previous;
            this.item = item;
            this.next = next;
        }
    }
}
