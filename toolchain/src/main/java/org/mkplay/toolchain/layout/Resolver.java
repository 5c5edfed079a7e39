package org.mkplay.toolchain.layout;

import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Reachability;

/** What the IR builder needs to know about the program: classes, their layout, what is reachable. */
public interface Resolver {
    ClassPool pool();

    Layout layout();

    Reachability reach();

    /** True if using class cls may have to run its static initialiser first. */
    default boolean needsInit(String cls) {
        Layout.ClassInfo ci = layout().get(cls);
        return ci != null && ci.needsInit;
    }
}
