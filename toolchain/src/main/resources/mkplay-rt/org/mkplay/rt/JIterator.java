package org.mkplay.rt;

/** java.util.Iterator. */
public interface JIterator<T> {
    boolean hasNext();

    T next();

    default void forEachRemaining(JConsumer<? super T> action) {
        JObjects.requireNonNull(action);
        while (hasNext()) action.accept(next());
    }

    default void remove() {
        Fault.raise(new JUnsupportedOperationException("remove"));
    }
}
