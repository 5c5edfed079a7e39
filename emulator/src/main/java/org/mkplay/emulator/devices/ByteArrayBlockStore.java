package org.mkplay.emulator.devices;

/**
 * A disk held in memory (the browser has no files). Writes change the array in place, so the
 * caller sees what the guest stored. Positions are checked by the caller (the virtio device).
 */
public final class ByteArrayBlockStore implements BlockStore {
    private final byte[] data;
    private final boolean readOnly;

    public ByteArrayBlockStore(byte[] data) {
        this(data, false);
    }

    public ByteArrayBlockStore(byte[] data, boolean readOnly) {
        this.data = data;
        this.readOnly = readOnly;
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public void read(long position, byte[] destination, int offset, int length) {
        System.arraycopy(data, (int) position, destination, offset, length);
    }

    @Override
    public void write(long position, byte[] source, int offset, int length) {
        if (readOnly) {
            throw new IllegalStateException("write to a read-only block store");
        }
        System.arraycopy(source, offset, data, (int) position, length);
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }
}
