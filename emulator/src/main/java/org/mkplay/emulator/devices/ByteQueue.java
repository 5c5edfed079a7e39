package org.mkplay.emulator.devices;

/**
 * Growable FIFO of bytes (a ring buffer that doubles when full). Used for host input that
 * waits for room in the UART's receive FIFO; grows only when the host types faster than the guest reads.
 */
final class ByteQueue {
    /** Elements are buffer[(head + i) % buffer.length] for i in [0, size). */
    private byte[] buffer = new byte[64];

    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void add(byte value) {
        ensureRoom();
        buffer[(head + size) % buffer.length] = value;
        size++;
    }

    void addFirst(byte value) {
        ensureRoom();
        head = (head - 1 + buffer.length) % buffer.length;
        buffer[head] = value;
        size++;
    }

    /** Precondition: not empty. */
    byte removeFirst() {
        byte value = buffer[head];
        head = (head + 1) % buffer.length;
        size--;
        return value;
    }

    private void ensureRoom() {
        if (size < buffer.length) {
            return;
        }
        byte[] larger = new byte[buffer.length * 2];
        for (int i = 0; i < size; i++) {
            larger[i] = buffer[(head + i) % buffer.length];
        }
        buffer = larger;
        head = 0;
    }
}
