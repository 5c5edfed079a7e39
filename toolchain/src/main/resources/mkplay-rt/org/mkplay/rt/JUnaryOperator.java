package org.mkplay.rt;

/** java.util.function.UnaryOperator. */
public interface JUnaryOperator<T> extends JFunction<T, T> {
    static <T> JUnaryOperator<T> identity() {
        return t -> t;
    }
}
