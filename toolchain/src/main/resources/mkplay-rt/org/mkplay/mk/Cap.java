package org.mkplay.mk;

import org.mkplay.vmmagic.Abi;

/**
 * A capability of the calling process: a slot of its capability table (docs/mk-api.md, "Slots"). The kernel
 * checks every use; a Cap is only a name. The well-known slots are those the system image gives every program
 * that the manifest allows: its own endpoint, the name service, the console, the console's input notification,
 * the supervisor; the endpoint of program k is at {@link #program}(k).
 */
public final class Cap {
    /** The endpoint this program serves (RECEIVE). */
    public static final Cap SELF = new Cap(1);
    /** The name service's endpoint. */
    public static final Cap NAMES = new Cap(2);
    /** The console server's endpoint. */
    public static final Cap CONSOLE = new Cap(3);
    /** The notification the console's interrupt signals: typed input may be waiting. */
    public static final Cap INPUT = new Cap(4);
    /** The supervisor's endpoint. */
    public static final Cap SUPERVISOR = new Cap(5);
    /** A driver's device frame, its IRQ, and the input notification it signals (the console server's). */
    public static final Cap DEVICE = new Cap(6), IRQ = new Cap(7), INPUT_SIGNAL = new Cap(8);
    /** The clock tick's IRQ capability and the notification it signals (SEND and RECEIVE): the supervisor's. */
    public static final Cap TICK = new Cap(9), TICKS = new Cap(10);
    /** Slots 11..15: the shared pages the manifest names for this program ({@link #page}). */
    public static final int PAGES = 11;
    /** Slots 16.. hold the endpoints of the system's programs, by program number; 40.. a supervisor's process capabilities. */
    public static final int PROGRAMS = 16, PROCESSES = 40;

    public final int slot;

    public Cap(int slot) {
        if (slot < 0 || slot >= 64) throw new IllegalArgumentException("no capability slot " + slot);
        this.slot = slot;
    }

    /** The endpoint of program k of the system (manifest order). */
    public static Cap program(int k) {
        return new Cap(PROGRAMS + k);
    }

    /**
     * Copies this capability into the empty slot {@code into} with the rights this one has AND {@code rights}
     * (CAP_COPY): a copy never has a right its source lacks, and keeps its badge. Returns 0 or the kernel's error
     * (BAD_SLOT: this slot is empty; BAD_ARGUMENT: {@code into} is not empty, or rights has unknown bits).
     */
    public long copyTo(Cap into, int rights) {
        return Ipc.syscall(Abi.SYS_CAP_COPY, slot, into.slot, rights, 0);
    }

    /**
     * As {@link #copyTo(Cap, int)}, and badges the copy with {@code badge} (not 0). Only an unbadged endpoint or
     * notification capability can be badged: a badge is set once (BAD_ARGUMENT otherwise).
     */
    public long copyTo(Cap into, int rights, long badge) {
        return Ipc.syscall(Abi.SYS_CAP_COPY, slot, into.slot, rights, badge);
    }

    /** Empties this slot (CAP_DELETE); 0, or BAD_SLOT when it is already empty. */
    public long delete() {
        return Ipc.syscall(Abi.SYS_CAP_DELETE, slot, 0, 0);
    }

    /** The frame capability of the j-th shared page this program's manifest entry names (READ and WRITE); see Page. */
    public static Cap page(int j) {
        return new Cap(PAGES + j);
    }

    /**
     * The instructions retired on behalf of the process this process capability names (INSTRET; docs/kernel.md,
     * "Instruction accounting"): a count (0 or more), or a negative kernel error (BAD_SLOT, WRONG_TYPE).
     */
    public long instructions() {
        return Ipc.syscall(Abi.SYS_INSTRET, slot, 0, 0);
    }

    /** A supervisor's process capability for program k. */
    public static Cap process(int k) {
        return new Cap(PROCESSES + k);
    }
}
