package org.mkplay.toolchain.layout;

import java.util.List;
import org.mkplay.toolchain.asm.Label;

/**
 * What the code generator tells the linker about each method and call so that the runtime can walk the stack
 * (link.UnwindTables emits it; org.mkplay.rt.Unwinder reads it): exceptions are found their handler, and
 * stack traces their frames, from return addresses alone. Nothing of it runs unless an exception is raised.
 */
public final class Unwind {
    private Unwind() {}

    /** An exception handler a call may raise to: its landing pad and the class it catches (null: any). */
    public record Landing(Label pad, String type) {}

    /**
     * A call: the address it returns to (what a frame walk sees), its source line and the handlers covering it,
     * innermost first; for a call inside an inlined body, the callee's frame a trace shows above this one (else
     * null), {@code line} being the line of the inlined call.
     */
    public record CallSite(Label returnAddress, int line, List<Landing> landings, Inlined inlined) {}

    /** The frame of an inlined method at a call or fault inside its body: "Class.method(File.java:" and line. */
    public record Inlined(String name, int line) {}

    /**
     * A method's code [start, end) and frame: its size, where ra is saved (-1: not saved, a method that calls
     * nothing and reached a fault stub, which leaves ra in the word rt_leaf_ra), and the s registers saved from
     * saveBase up, in ascending order (bit k of savedMask: s_k). {@code name} is "Class.method(File.java:" as a
     * stack trace line starts, or null for a routine no trace shows; {@code flags} says which frames a trace
     * skips at its top ({@link #THROWABLE_INIT}) or names as the JDK's ({@link #LIBRARY}).
     */
    public record Frame(
            Label start, Label end, int frameSize, int raOffset, int saveBase, int savedMask, String name, int flags) {}

    /** A constructor of a Throwable class: the frames a new exception's stack trace starts after. */
    public static final int THROWABLE_INIT = 1;
    /** A method of the runtime library (the JDK's classes): shown as java.base, skipped at a trace's top. */
    public static final int LIBRARY = 2;
}
