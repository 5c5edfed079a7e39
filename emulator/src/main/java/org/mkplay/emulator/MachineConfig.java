package org.mkplay.emulator;

import org.mkplay.emulator.devices.BlockStore;
import org.mkplay.riscv.board.Virt;

/** Board configuration: RAM size (MiB, default 128 as on QEMU virt), an optional virtio disk, the trace window and the hart's engine. */
public final class MachineConfig {
    public static final int MAX_RAM_MIB = 2048;

    private int ramMiB = Virt.DEFAULT_RAM_MIB;
    private BlockStore disk;
    private boolean traceWindow = true;
    private boolean blockEngine = true;

    public MachineConfig ramMiB(int mebibytes) {
        if (mebibytes < 1 || mebibytes > MAX_RAM_MIB) {
            throw new IllegalArgumentException("RAM must be between 1 and " + MAX_RAM_MIB + " MiB: " + mebibytes);
        }
        this.ramMiB = mebibytes;
        return this;
    }

    public MachineConfig disk(BlockStore store) {
        this.disk = store;
        return this;
    }

    /**
     * Whether the board has our trace window (default: yes). Without it the board is QEMU's in this respect too: an
     * access there is an access fault, and the kernel, finding no window at boot, writes no trace records (mkplay
     * bench ipc measures both ways).
     */
    public MachineConfig traceWindow(boolean present) {
        this.traceWindow = present;
        return this;
    }

    /**
     * Whether the hart runs a pre-decoded block per dispatch (default: yes) or one instruction per dispatch, the
     * engine before blocks. Both run every guest the same way, counts included; the second is there to compare with.
     */
    public MachineConfig blockEngine(boolean blocks) {
        this.blockEngine = blocks;
        return this;
    }

    public boolean blockEngine() {
        return blockEngine;
    }

    public boolean traceWindow() {
        return traceWindow;
    }

    public int ramMiB() {
        return ramMiB;
    }

    public BlockStore disk() {
        return disk;
    }
}
