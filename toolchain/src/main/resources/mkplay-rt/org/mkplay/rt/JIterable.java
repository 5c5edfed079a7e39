package org.mkplay.rt;

/** java.lang.Iterable, so user collections work with for-each and forEach. */
public interface JIterable<T> {
    JIterator<T> iterator();

    default void forEach(JConsumer<? super T> action) {
        JObjects.requireNonNull(action);
        for (JIterator<T> it = iterator(); it.hasNext(); ) action.accept(it.next());
    }
}
