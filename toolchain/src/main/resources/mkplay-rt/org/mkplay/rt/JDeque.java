package org.mkplay.rt;

/** java.util.Deque: both ends, and the stack operations push/pop. */
public interface JDeque<E> extends JQueue<E> {
    void addFirst(E e);
    void addLast(E e);
    boolean offerFirst(E e);
    boolean offerLast(E e);
    E pollFirst();
    E pollLast();
    E peekFirst();
    E peekLast();
    E removeFirst();
    E removeLast();
    E getFirst();
    E getLast();
    void push(E e);
    E pop();
}
