package org.mkplay.rt;

/**
 * Compiler intrinsics used by the runtime library only (user code cannot see this class). Each method is
 * replaced by inline code or a call to a hand-written assembly routine; see ir.build.IntrinsicOps.
 */
final class Native {
    private Native() {}
    /** Writes one byte to the console UART (16550 THR after polling LSR bit 5). */
    static native void putByte(int b);
    /** Powers off through the SiFive test finisher: 0 → 0x5555, otherwise (code << 16) | 0x3333. Never returns. */
    static native void exit(int code);
    /**
     * Ends a fault report. Standalone and kernel: exit(code). User profile: ebreak, so the kernel learns of the
     * fault (a breakpoint exception from U-mode) and stops the thread. Never returns.
     */
    static native void fault(int code);
    /**
     * User profile: one ecall with t0 = number and a0..a7 = regs[0..7]; afterwards regs[0..7] hold a0..a7 and
     * regs[8] holds t1 (the kernel's ABI, docs/kernel.md). Returns a0 (status). regs has at least 9 elements.
     */
    static native long syscall(int number, long[] regs);
    /**
     * User profile, compiled inline (no array, no routine): t0 = number, a0..a7 = the arguments, one ecall (a call
     * of rt_ecall when the program is placed in the kernel). Returns a0. The compiler treats it as a call: values
     * live across it are in callee-saved registers or the frame, whatever the kernel's ABI preserves besides.
     */
    static native long syscall(int number, long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7);
    /**
     * The same, and afterwards results[0..7] = a0..a7 and results[8] = t1 (the badge of a receive): the outputs of
     * a receive or an answered call. results has at least 9 elements (Syscall checks it before).
     */
    static native long syscall(
            int number, long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long[] results);
    static native long loadLong(long address);
    static native int loadByte(long address);
    /** One sb / sd (the user profile's IPC buffer, through IpcBuffer's checked offsets only). */
    static native void storeByte(long address, int value);
    static native void storeLong(long address, long value);
    static native long addressOf(Object o);
    /**
     * NullPointerException (reported at the caller's line) if o is null. Only the compiler's Inliner calls it, for
     * the receiver of an instance call it replaces by the callee's body.
     */
    static native void nullCheck(Object o);
    /** The address of the words the allocator and the collector share (link.Linker.emitGcInfo; Gc names them). */
    static native long gcInfo();
    /** csrr instret: instructions retired (M-mode only: the collector counts its own when gc_info says so). */
    static native long instret();
    /** The name (a String, "pkg.Name") stored in the class descriptor of o. */
    static native String className(Object o);
    /** The object at an address (the inverse of addressOf). */
    static native Object objectAt(long address);
    /** rt_throw: raises t (see Unwinder.unwind). Never returns. */
    static native void raise(JThrowable t);
    /** rt_resume: s0..s11 from unwind_regs, sp, then a jump to the landing pad with t in a0. Never returns. */
    static native void resume(JThrowable t, long pad, long sp);
    /** The caller's sp and the return address of this call: the frame a stack trace starts from. */
    static native long stackPointer();
    static native long returnAddress();
    /** Addresses of the unwind tables and words (toolchain link/UnwindTables). */
    static native long unwindMethods();
    static native long unwindSites();
    static native long unwindRegs();
    static native long leafRa();
    /** A new zeroed array whose class descriptor is at desc. */
    static native Object newArray(long desc, int length);
}
