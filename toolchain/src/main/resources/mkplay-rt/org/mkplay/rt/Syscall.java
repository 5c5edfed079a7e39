package org.mkplay.rt;

/**
 * The raw system call of a user-profile program (the only class of the library that user sources see
 * besides the JDK subset): one ecall with the kernel's register ABI (docs/kernel.md). The user API
 * (issue 10's mk library) is built on it. In other profiles it is not visible to user sources.
 */
public final class Syscall {
    /** Words of a register block: a0..a7 (slot/status, info, message words 0..5), then t1 (badge). */
    public static final int REGISTERS = 9;

    private Syscall() {}

    /**
     * Issues syscall number with a0..a7 = regs[0..7]; on return regs[0..7] hold a0..a7 and regs[8] holds t1.
     * Returns a0: 0 or a non-negative result, or a negative error code.
     */
    public static long invoke(int number, long[] regs) {
        if (regs.length < REGISTERS) throw new IllegalArgumentException("a register block has " + REGISTERS + " words");
        return Native.syscall(number, regs);
    }
}
