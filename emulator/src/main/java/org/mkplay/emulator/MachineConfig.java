package org.mkplay.emulator;

import org.mkplay.emulator.cpu.BlockTranslator;
import org.mkplay.emulator.devices.BlockStore;
import org.mkplay.riscv.board.Virt;

/** Board configuration: RAM size (MiB, default 128 as on QEMU virt), an optional virtio disk, the trace window and the hart's engine. */
public final class MachineConfig {
    public static final int MAX_RAM_MIB = 2048;

    private int ramMiB = Virt.DEFAULT_RAM_MIB;
    private BlockStore disk;
    private boolean traceWindow = true;
    private boolean blockEngine = true;
    private BlockTranslator blockTranslator;
    private int translateAfter;

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

    /**
     * A translator of hot blocks into host code for the block engine (default: none), used for a block once it has
     * run {@code afterRuns} times. On the JVM, {@code new JvmBlockTranslator()}; shared code never names one.
     */
    public MachineConfig blockTranslator(BlockTranslator translator, int afterRuns) {
        if (afterRuns < 1) {
            throw new IllegalArgumentException("a block is translated after 1 or more runs: " + afterRuns);
        }
        this.blockTranslator = translator;
        this.translateAfter = afterRuns;
        return this;
    }

    public BlockTranslator blockTranslator() {
        return blockTranslator;
    }

    public int translateAfter() {
        return translateAfter;
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
