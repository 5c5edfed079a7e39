package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * The S-mode trap frame and vector (see {@link TrapHandler}). A frame is {@link #FRAME_SIZE} bytes: slot 0
 * (where x0 would go) holds the stack top the handler runs on, slot k the register xk (constants named by
 * ABI name below), then sepc and sstatus. The kernel allocates one frame per thread, stores its kernel stack
 * top in slot 0 and points sscratch at the frame of the thread about to run. The scause values are
 * {@link org.mkplay.riscv.priv.Cause}'s.
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

    /** Address of the generated trap entry (4-byte aligned: write it to stvec as is, direct mode). */
    public static Address vector() {
        return Address.fromLong(HostMachine.current().trapVector());
    }
}
