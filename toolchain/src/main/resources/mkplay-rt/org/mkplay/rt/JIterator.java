package org.mkplay.rt;

/** java.util.Iterator. */
public interface JIterator<T> {
    boolean hasNext();

    T next();

    default void remove() {
        Fault.raise(new JUnsupportedOperationException("remove"));
    }
}
