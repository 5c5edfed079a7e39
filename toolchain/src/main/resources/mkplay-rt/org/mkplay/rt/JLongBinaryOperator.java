package org.mkplay.rt;

/** java.util.function.LongBinaryOperator. */
public interface JLongBinaryOperator {
    long applyAsLong(long left, long right);
}
