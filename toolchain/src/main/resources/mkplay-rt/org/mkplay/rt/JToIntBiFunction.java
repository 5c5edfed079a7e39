package org.mkplay.rt;

/** java.util.function.ToIntBiFunction. */
public interface JToIntBiFunction<T, U> {
    int applyAsInt(T t, U u);
}
