package org.mkplay.rt;

/** java.util.function.LongFunction. */
public interface JLongFunction<R> {
    R apply(long value);
}
