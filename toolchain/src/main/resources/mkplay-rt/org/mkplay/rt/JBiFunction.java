package org.mkplay.rt;

/** java.util.function.BiFunction. */
public interface JBiFunction<T, U, R> {
    R apply(T t, U u);

    default <V> JBiFunction<T, U, V> andThen(JFunction<? super R, ? extends V> after) {
        JObjects.requireNonNull(after);
        return (T t, U u) -> after.apply(apply(t, u));
    }
}
