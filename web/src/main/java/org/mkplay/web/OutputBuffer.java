package org.mkplay.web;

import java.util.Arrays;
import org.mkplay.emulator.devices.ByteSink;

/** Collects the bytes the UART sends until the worker drains them after a slice. */
final class OutputBuffer implements ByteSink {
    private byte[] bytes = new byte[4096];
    private int length;

    @Override
    public void put(int octet) {
        if (length == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        bytes[length++] = (byte) octet;
    }

    /** Everything collected since the last drain; empties the buffer. */
    byte[] drain() {
        byte[] drained = Arrays.copyOf(bytes, length);
        length = 0;
        return drained;
    }

    void clear() {
        length = 0;
    }
}
