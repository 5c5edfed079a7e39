package org.mkplay.emulator.bus;

import java.util.ArrayList;
import java.util.List;

/**
 * The physical address space: RAM at {@link #ramBase()} plus memory-mapped devices, each owning a
 * half-open range [base, base+size). Anything else is unmapped: the hart turns such an access into
 * an access-fault exception. The bus also implements {@link PhysicalMemory} for DMA (RAM only).
 */
public final class Bus implements PhysicalMemory {
    /** One device window. Invariant: windows never overlap each other or RAM. */
    public static final class Window {
        public final long base;
        public final long size;
        public final Device device;

        Window(long base, long size, Device device) {
            this.base = base;
            this.size = size;
            this.device = device;
        }
    }

    private final long ramBase;
    private final Ram ram;
    private final List<Window> windows = new ArrayList<>();
    private Window[] lookup = new Window[0];
    /** Told before DMA writes RAM, so that decoded-instruction caches can drop stale code. */
    private RamWriteObserver observer = (offset, length) -> {};

    /** Notified of RAM writes that do not come from the hart's own stores (DMA, loaders). */
    public interface RamWriteObserver {
        void ramWritten(long offset, long length);
    }

    public Bus(long ramBase, Ram ram) {
        this.ramBase = ramBase;
        this.ram = ram;
    }

    public long ramBase() {
        return ramBase;
    }

    public Ram ram() {
        return ram;
    }

    public void setRamWriteObserver(RamWriteObserver observer) {
        this.observer = observer;
    }

    public void map(long base, long size, Device device) {
        if (size <= 0 || overlaps(base, size, ramBase, ram.size())) {
            throw new IllegalArgumentException("device window overlaps RAM or is empty: 0x" + Long.toHexString(base));
        }
        for (Window w : windows) {
            if (overlaps(base, size, w.base, w.size)) {
                throw new IllegalArgumentException("device windows overlap at 0x" + Long.toHexString(base));
            }
        }
        windows.add(new Window(base, size, device));
        lookup = windows.toArray(new Window[0]);
    }

    public List<Window> windows() {
        return List.copyOf(windows);
    }

    /** True when [pa, pa+width) lies entirely in RAM. */
    public boolean isRam(long pa, long width) {
        long offset = pa - ramBase;
        return offset >= 0 && offset <= ram.size() - width;
    }

    /** The device window holding all of [pa, pa+width), or null (unmapped: an access fault). */
    public Window windowAt(long pa, int width) {
        for (Window w : lookup) {
            long offset = pa - w.base;
            if (offset >= 0 && offset <= w.size - width) {
                return w;
            }
        }
        return null;
    }

    public void tickDevices() {
        for (Window w : lookup) {
            w.device.tick();
        }
    }

    @Override
    public boolean read(long physicalAddress, byte[] destination, int offset, int length) {
        if (length < 0 || !isRam(physicalAddress, length)) {
            return false;
        }
        long base = physicalAddress - ramBase;
        for (int i = 0; i < length; i++) {
            destination[offset + i] = (byte) ram.readByte(base + i);
        }
        return true;
    }

    @Override
    public boolean write(long physicalAddress, byte[] source, int offset, int length) {
        if (length < 0 || !isRam(physicalAddress, length)) {
            return false;
        }
        long base = physicalAddress - ramBase;
        observer.ramWritten(base, length);
        for (int i = 0; i < length; i++) {
            ram.writeByte(base + i, source[offset + i]);
        }
        return true;
    }

    private static boolean overlaps(long aBase, long aSize, long bBase, long bSize) {
        return aBase < bBase + bSize && bBase < aBase + aSize;
    }
}
