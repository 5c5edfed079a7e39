package org.mkplay.rt;

/** java.util.function.Function. */
public interface JFunction<T, R> {
    R apply(T t);

    default <V> JFunction<V, R> compose(JFunction<? super V, ? extends T> before) {
        JObjects.requireNonNull(before);
        return (V v) -> apply(before.apply(v));
    }

    default <V> JFunction<T, V> andThen(JFunction<? super R, ? extends V> after) {
        JObjects.requireNonNull(after);
        return (T t) -> after.apply(apply(t));
    }

    static <T> JFunction<T, T> identity() {
        return t -> t;
    }
}
