package org.mkplay.toolchain.ir;

import org.mkplay.toolchain.front.ClassPool;

/**
 * What a CALL invokes and how: DIRECT is a {@code jal} to the method, VIRTUAL loads vtable slot
 * {@code index} of the receiver's descriptor, INTERFACE loads itable entry {@code index} (the selector).
 */
public record CallSite(ClassPool.MethodRef target, Dispatch dispatch, int index) implements Ref {
    public enum Dispatch {
        DIRECT,
        VIRTUAL,
        INTERFACE
    }

    @Override
    public String toString() {
        String what = target.owner().name + "." + target.method().name + target.method().desc;
        return dispatch == Dispatch.DIRECT ? what : dispatch.name().toLowerCase() + ":" + index + " " + what;
    }
}
