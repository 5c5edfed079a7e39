package org.mkplay.emulator.bus;

/**
 * A memory-mapped device on the system bus. The bus owns the base address and the size
 * (a half-open range [base, base+size)); the device only ever sees offsets inside that range.
 *
 * <p>Accesses are 1, 2, 4 or 8 bytes wide, little-endian, and never cross the device's end
 * (the bus splits or faults first). Reads return the value zero-extended to 64 bits.
 * Registers a device does not implement read as zero and ignore writes, as on QEMU.
 */
public interface Device {
    long read(long offset, int width);

    void write(long offset, int width, long value);

    /**
     * Called by the machine between batches of instructions (never per instruction), so that
     * time-driven state (timer compare, UART receive) can raise or drop interrupt lines.
     * Deterministic: called at the same retired-instruction counts on every run.
     */
    default void tick() {}
}
