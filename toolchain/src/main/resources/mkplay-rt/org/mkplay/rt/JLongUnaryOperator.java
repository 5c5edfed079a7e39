package org.mkplay.rt;

/** java.util.function.LongUnaryOperator. */
public interface JLongUnaryOperator {
    long applyAsLong(long operand);
}
