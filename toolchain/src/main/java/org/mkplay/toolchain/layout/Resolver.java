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

    /**
     * Whether static method name+desc of owner initialises its class itself at entry (it may be entered other than
     * through a translated invokestatic: {@link Reachability#enteredFromOutside}); every other static method's
     * callers do it, each {@code invokestatic} as the JVM specifies. Without a whole-program view, every method does.
     */
    default boolean initialisesAtEntry(String owner, String name, String desc) {
        return reach() == null || reach().enteredFromOutside(owner, name, desc);
    }
}
