package org.mkplay.kernel;

import org.mkplay.riscv.priv.Cause;

/**
 * A trap the kernel does not expect (docs/design.md §4: a fault in the kernel is a panic with a clear report):
 * one console line naming the cause, sepc and stval, then power off with {@link #STATUS}.
 */
public final class Panic {
    private Panic() {}

    /** The exit status of a panic, distinct from a clean power-off (0). */
    public static final int STATUS = 1;

    /** Reports the trap and powers off; never returns. */
    public static void onTrap(long scause, long sepc, long stval) {
        Console.println(report(scause, sepc, stval));
        Power.off(STATUS);
    }

    /** A broken kernel invariant or an impossible request at boot: one line, then power off. Never returns. */
    public static void halt(String why) {
        Console.println("panic: " + why);
        Power.off(STATUS);
    }

    static String report(long scause, long sepc, long stval) {
        return "panic: " + causeName(scause) + " (scause " + Console.hex(scause) + ") at sepc " + Console.hex(sepc)
                + ", stval " + Console.hex(stval);
    }

    /** The privileged specification's name of an scause value (bit 63 set for interrupts). */
    static String causeName(long scause) {
        long code = scause & ~Cause.INTERRUPT;
        if (code > 15) return (scause & Cause.INTERRUPT) != 0 ? "unknown interrupt" : "unknown exception";
        return (scause & Cause.INTERRUPT) != 0 ? interruptName((int) code) : exceptionName((int) code);
    }

    private static String interruptName(int code) {
        return switch (code) {
            case 1 -> "supervisor software interrupt";
            case 5 -> "supervisor timer interrupt";
            case 9 -> "supervisor external interrupt";
            default -> "unknown interrupt";
        };
    }

    private static String exceptionName(int code) {
        return switch (code) {
            case Cause.INSTRUCTION_MISALIGNED -> "instruction address misaligned";
            case Cause.INSTRUCTION_ACCESS_FAULT -> "instruction access fault";
            case Cause.ILLEGAL_INSTRUCTION -> "illegal instruction";
            case Cause.BREAKPOINT -> "breakpoint";
            case Cause.LOAD_MISALIGNED -> "load address misaligned";
            case Cause.LOAD_ACCESS_FAULT -> "load access fault";
            case Cause.STORE_MISALIGNED -> "store/AMO address misaligned";
            case Cause.STORE_ACCESS_FAULT -> "store/AMO access fault";
            case Cause.ECALL_FROM_U -> "environment call from U-mode";
            case Cause.ECALL_FROM_S -> "environment call from S-mode";
            case Cause.ECALL_FROM_M -> "environment call from M-mode";
            case Cause.INSTRUCTION_PAGE_FAULT -> "instruction page fault";
            case Cause.LOAD_PAGE_FAULT -> "load page fault";
            case Cause.STORE_PAGE_FAULT -> "store/AMO page fault";
            default -> "unknown exception";
        };
    }
}
