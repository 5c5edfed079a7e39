package org.mkplay.rt;

/**
 * The raw system call of a user-profile program (the only class of the library that user sources see
 * besides the JDK subset): one ecall with the kernel's register ABI (docs/kernel.md). The user API
 * (issue 10's mk library) is built on it. In other profiles it is not visible to user sources.
 *
 * <p>Two ways to pass the registers. In registers: {@code invoke(number, a0, a1, ...)} puts its arguments straight
 * into a0..a7 (those left out are 0) and returns a0; the forms ending in {@code long[] results} also leave a0..a7
 * and t1 in {@code results[0..8]} (a received message: status, info, words, badge). The compiler turns each of these
 * into the ecall itself, with no array and no call. In a register block: {@code invoke(number, regs)} takes a0..a7
 * from {@code regs} and puts them back there, t1 in {@code regs[8]}.
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

    /** Issues syscall number with a0..a7 = 0 (YIELD). Returns a0. */
    public static long invoke(int number) {
        return Native.syscall(number, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Issues syscall number with a0 (a slot, a byte...) and a1..a7 = 0. Returns a0. */
    public static long invoke(int number, long a0) {
        return Native.syscall(number, a0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Issues syscall number with a0, a1 (a slot and bits, a message of no words...), a2..a7 = 0. Returns a0. */
    public static long invoke(int number, long a0, long a1) {
        return Native.syscall(number, a0, a1, 0, 0, 0, 0, 0, 0);
    }

    /** Issues syscall number with a0..a2, a3..a7 = 0. Returns a0. */
    public static long invoke(int number, long a0, long a1, long a2) {
        return Native.syscall(number, a0, a1, a2, 0, 0, 0, 0, 0);
    }

    /** Issues syscall number with a0..a3 (a message of up to two words), a4..a7 = 0. Returns a0. */
    public static long invoke(int number, long a0, long a1, long a2, long a3) {
        return Native.syscall(number, a0, a1, a2, a3, 0, 0, 0, 0);
    }

    /** Issues syscall number with a0..a7 (a message of up to six words). Returns a0. */
    public static long invoke(int number, long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7) {
        return Native.syscall(number, a0, a1, a2, a3, a4, a5, a6, a7);
    }

    /**
     * Issues syscall number with a0..a3, a4..a7 = 0; on return results[0..7] hold a0..a7 and results[8] holds t1.
     * Returns a0. results needs at least 9 elements (ArrayIndexOutOfBoundsException before the call otherwise).
     */
    public static long invoke(int number, long a0, long a1, long a2, long a3, long[] results) {
        return Native.syscall(number, a0, a1, a2, a3, 0, 0, 0, 0, checked(results));
    }

    /** Issues syscall number with a0..a7; on return results[0..8] hold a0..a7 and t1, as above. Returns a0. */
    public static long invoke(
            int number, long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long[] results) {
        return Native.syscall(number, a0, a1, a2, a3, a4, a5, a6, a7, checked(results));
    }

    /** What the compiled form checks before the ecall: results[8] exists. */
    private static long[] checked(long[] results) {
        long last = results[REGISTERS - 1];
        return results;
    }
}
