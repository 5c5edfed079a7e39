package org.mkplay.emulator.devices;

import static org.mkplay.riscv.board.TraceRegisters.*;

import org.mkplay.emulator.bus.Device;

/**
 * mkplay's own trace window (0x0010_2000, 0x1000 bytes): guest software reports structured
 * events (IPC, context switches, faults...) without printing. Registers are 64 bits:
 * <pre>
 *   0x00 TYPE  write: commit event (TYPE, ARG0..ARG3) to the listener; read: magic 0x4d4b5452 "MKTR"
 *   0x08 ARG0  0x10 ARG1  0x18 ARG2  0x20 ARG3   read/write, keep their value until rewritten
 * </pre>
 * Protocol: write the arguments an event needs, then write TYPE (any width, at offset 0x00;
 * narrower writes are zero-extended). Unchanged arguments need not be rewritten. The event
 * types themselves are defined by the kernel, not by the device. Argument registers accept
 * 1/2/4/8-byte accesses on the byte lanes they cover.
 */
public final class TraceDevice implements Device {

    private final TraceListener listener;
    /** ARG0..ARG3 as last written by the guest (zero after power-on). */
    private final long[] args = new long[ARGS];

    public TraceDevice(TraceListener listener) {
        this.listener = listener;
    }

    @Override
    public long read(long offset, int width) {
        if (offset >= TYPE && offset < ARG0) {
            return RegisterLanes.extract(MAGIC, offset - TYPE, width);
        }
        int index = argIndex(offset);
        return index < 0 ? 0 : RegisterLanes.extract(args[index], offset % 8, width);
    }

    @Override
    public void write(long offset, int width, long value) {
        if (offset == TYPE) {
            listener.event(value & RegisterLanes.mask(width), args[0], args[1], args[2], args[3]);
            return;
        }
        int index = argIndex(offset);
        if (index >= 0) {
            args[index] = RegisterLanes.merge(args[index], offset % 8, width, value);
        }
    }

    private static int argIndex(long offset) {
        long index = (offset - ARG0) / 8;
        return offset >= ARG0 && index < ARGS ? (int) index : -1;
    }
}
