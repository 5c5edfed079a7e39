package org.mkplay.rt;

/** java.util.function.Consumer. */
public interface JConsumer<T> {
    void accept(T t);

    default JConsumer<T> andThen(JConsumer<? super T> after) {
        JObjects.requireNonNull(after);
        return (T t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
