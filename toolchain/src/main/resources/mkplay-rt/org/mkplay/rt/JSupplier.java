package org.mkplay.rt;

/** java.util.function.Supplier. */
public interface JSupplier<T> {
    T get();
}
