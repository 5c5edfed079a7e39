package org.mkplay.rt;

/** java.util.function.IntFunction. */
public interface JIntFunction<R> {
    R apply(int value);
}
