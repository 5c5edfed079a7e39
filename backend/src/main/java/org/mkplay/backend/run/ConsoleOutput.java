package org.mkplay.backend.run;

import java.io.PrintStream;
import org.mkplay.emulator.devices.ByteSink;

/**
 * UART output on its way to the host console: bytes are collected and written in blocks, byte for byte, when
 * the buffer fills and whenever the run loop flushes (after each slice), so a slow guest's output still
 * appears promptly while a chatty one does not cost a host write per byte.
 */
public final class ConsoleOutput implements ByteSink {
    private final PrintStream target;
    private final byte[] buffer = new byte[8192];
    private int length;

    public ConsoleOutput(PrintStream target) {
        this.target = target;
    }

    @Override
    public void put(int octet) {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = (byte) octet;
    }

    public void flush() {
        if (length > 0) {
            target.write(buffer, 0, length);
            length = 0;
        }
        target.flush();
    }
}
