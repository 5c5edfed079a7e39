package org.mkplay.toolchain.ir;

/**
 * A source position inside an inlined method body: the callee's class (internal name), method name and line, and
 * the line of the call in the method it was inlined into. An instruction's {@link Insn#line} names one as
 * {@link #BASE} + its index in {@link IrMethod#inlined}, so that every pass that copies or moves an instruction
 * carries its inlining scope along with its line, as HotSpot's debug info keeps the scopes of inlined calls. The
 * code generator records the inlined frame with each call and fault stub of the body, and a stack trace shows it
 * above the frame of the method it was inlined into, as the JVM shows the callee's own frame.
 */
public record InlinedLine(String owner, String method, int line, int callerLine) {
    /** Lines at or above this are inlined positions (a class file's lines are 16-bit). */
    public static final int BASE = 1 << 24;

    public static boolean isInlined(int position) {
        return position >= BASE;
    }
}
