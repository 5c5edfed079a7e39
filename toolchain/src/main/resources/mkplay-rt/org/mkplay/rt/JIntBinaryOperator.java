package org.mkplay.rt;

/** java.util.function.IntBinaryOperator. */
public interface JIntBinaryOperator {
    int applyAsInt(int left, int right);
}
