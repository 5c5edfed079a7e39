package org.mkplay.emulator.bus;

/**
 * Physical memory as a DMA-capable device sees it (virtio). Returns false when any byte of the
 * range is not RAM; the device then reports an error to the driver instead of touching memory.
 */
public interface PhysicalMemory {
    boolean read(long physicalAddress, byte[] destination, int offset, int length);

    boolean write(long physicalAddress, byte[] source, int offset, int length);
}
