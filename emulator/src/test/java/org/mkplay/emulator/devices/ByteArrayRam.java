package org.mkplay.emulator.devices;

import org.mkplay.emulator.bus.Device;
import org.mkplay.emulator.bus.PhysicalMemory;

/**
 * RAM for the device tests: a byte array at physical address {@code base}, seen both as a bus device (the CPU's
 * loads and stores, at offsets from the base, little-endian) and as a DMA device's {@link PhysicalMemory}
 * (physical addresses; false when any byte of the range is outside the array).
 */
final class ByteArrayRam implements Device, PhysicalMemory {
    private final long base;
    private final byte[] bytes;

    ByteArrayRam(long base, byte[] bytes) {
        this.base = base;
        this.bytes = bytes;
    }

    @Override
    public long read(long offset, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[(int) offset + i] & 0xFF);
        }
        return value;
    }

    @Override
    public void write(long offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            bytes[(int) offset + i] = (byte) (value >>> (8 * i));
        }
    }

    @Override
    public boolean read(long address, byte[] destination, int offset, int length) {
        if (!holds(address, length)) return false;
        System.arraycopy(bytes, (int) (address - base), destination, offset, length);
        return true;
    }

    @Override
    public boolean write(long address, byte[] source, int offset, int length) {
        if (!holds(address, length)) return false;
        System.arraycopy(source, offset, bytes, (int) (address - base), length);
        return true;
    }

    private boolean holds(long address, int length) {
        return address >= base && address + length <= base + bytes.length;
    }
}
