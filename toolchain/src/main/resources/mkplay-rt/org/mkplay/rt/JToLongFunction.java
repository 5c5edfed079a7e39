package org.mkplay.rt;

/** java.util.function.ToLongFunction. */
public interface JToLongFunction<T> {
    long applyAsLong(T value);
}
