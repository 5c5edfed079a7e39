package org.mkplay.rt;

/** java.util.function.IntToLongFunction. */
public interface JIntToLongFunction {
    long applyAsLong(int value);
}
