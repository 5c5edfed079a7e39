package org.mkplay.rt;

/** java.util.function.IntSupplier. */
public interface JIntSupplier {
    int getAsInt();
}
