package org.mkplay.rt;

/** java.util.function.LongSupplier. */
public interface JLongSupplier {
    long getAsLong();
}
