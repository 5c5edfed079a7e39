package org.mkplay.rt;

/** java.util.function.ToIntFunction. */
public interface JToIntFunction<T> {
    int applyAsInt(T value);
}
