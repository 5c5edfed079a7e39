package org.mkplay.rt;

/** java.util.function.BiConsumer. */
public interface JBiConsumer<T, U> {
    void accept(T t, U u);

    default JBiConsumer<T, U> andThen(JBiConsumer<? super T, ? super U> after) {
        JObjects.requireNonNull(after);
        return (l, r) -> {
            accept(l, r);
            after.accept(l, r);
        };
    }
}
