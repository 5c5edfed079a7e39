package org.mkplay.toolchain.ir;

import org.mkplay.toolchain.front.ClassPool;

/** The static field whose slot STATIC_ADDR computes. */
public record StaticField(ClassPool.FieldRef field) implements Ref {
    @Override
    public String toString() {
        return field.owner().name + "." + field.field().name;
    }
}
