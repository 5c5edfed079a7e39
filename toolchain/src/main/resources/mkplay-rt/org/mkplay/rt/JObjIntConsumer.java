package org.mkplay.rt;

/** java.util.function.ObjIntConsumer. */
public interface JObjIntConsumer<T> {
    void accept(T t, int value);
}
