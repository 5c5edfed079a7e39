package org.mkplay.rt;

/** java.util.function.IntConsumer. */
public interface JIntConsumer {
    void accept(int value);

    default JIntConsumer andThen(JIntConsumer after) {
        JObjects.requireNonNull(after);
        return (int t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
