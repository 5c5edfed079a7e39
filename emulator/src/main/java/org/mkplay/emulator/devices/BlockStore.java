package org.mkplay.emulator.devices;

/** Backing storage of the virtio block device: a byte array, a file (host side), ... */
public interface BlockStore {
    long size();

    void read(long position, byte[] destination, int offset, int length);

    void write(long position, byte[] source, int offset, int length);

    boolean readOnly();
}
