package org.mkplay.toolchain.front;

/** Compilation profiles (docs/design.md §3). */
public enum Profile {
    /** Bare-metal program: M-mode entry at 0x8000_0000, main + System.out + System.exit; used for differential tests. */
    STANDALONE,
    /**
     * Kernel code: the org.mkplay.vmmagic intrinsics are compiled inline and a {@code @TrapHandler} gets the
     * S-mode trap glue. The image starts like a standalone one (M-mode entry, same runtime); the program
     * moves to S-mode itself (Cpu.enterSupervisor).
     */
    KERNEL,
    /** User servers: memory-safe Java only; referencing org.mkplay.vmmagic is a compile error. */
    USER
}
