package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * The S-mode trap frame and vector (see {@link TrapHandler}). A frame is {@link #FRAME_SIZE} bytes: slot 0
 * (where x0 would go) holds the stack top the handler runs on, slot k the register xk (constants named by
 * ABI name below), then sepc and sstatus. The kernel allocates one frame per thread, stores its kernel stack
 * top in slot 0 and points sscratch at the frame of the thread about to run.
 */
public final class Trap {
    private Trap() {}

    public static final int KERNEL_SP = 0;
    public static final int RA = 8, SP = 16, GP = 24, TP = 32, T0 = 40, T1 = 48, T2 = 56, S0 = 64, S1 = 72;
    public static final int A0 = 80, A1 = 88, A2 = 96, A3 = 104, A4 = 112, A5 = 120, A6 = 128, A7 = 136;
    public static final int S2 = 144, S3 = 152, S4 = 160, S5 = 168, S6 = 176, S7 = 184, S8 = 192, S9 = 200;
    public static final int S10 = 208, S11 = 216, T3 = 224, T4 = 232, T5 = 240, T6 = 248;
    /** sepc at the trap; the handler advances it past an ecall (by 4) before resuming. */
    public static final int EPC = 256;
    /** sstatus at the trap (SPP tells whether it came from U- or S-mode). */
    public static final int STATUS = 264;
    public static final int FRAME_SIZE = 272;

    /** scause: bit 63 set for interrupts; exception codes from the privileged specification. */
    public static final long INTERRUPT = 1L << 63;
    public static final int INSTRUCTION_MISALIGNED = 0, INSTRUCTION_ACCESS_FAULT = 1, ILLEGAL_INSTRUCTION = 2,
        BREAKPOINT = 3, LOAD_MISALIGNED = 4, LOAD_ACCESS_FAULT = 5, STORE_MISALIGNED = 6, STORE_ACCESS_FAULT = 7,
        ECALL_FROM_U = 8, ECALL_FROM_S = 9, ECALL_FROM_M = 11, INSTRUCTION_PAGE_FAULT = 12, LOAD_PAGE_FAULT = 13,
        STORE_PAGE_FAULT = 15;

    /** Address of the generated trap entry (4-byte aligned: write it to stvec as is, direct mode). */
    public static Address vector() {
        return Address.fromLong(HostMachine.current().trapVector());
    }
}
