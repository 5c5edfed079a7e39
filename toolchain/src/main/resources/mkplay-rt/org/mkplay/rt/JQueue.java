package org.mkplay.rt;

/** java.util.Queue. */
public interface JQueue<E> extends JCollection<E> {
    boolean offer(E e);
    E poll();
    E peek();
    E element();
    E remove();
}
