package org.mkplay.rt;

/** java.util.function.BooleanSupplier. */
public interface JBooleanSupplier {
    boolean getAsBoolean();
}
