package org.mkplay.toolchain.ir;

import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.link.Layout;

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
