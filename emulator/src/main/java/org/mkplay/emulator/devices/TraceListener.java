package org.mkplay.emulator.devices;

/** Receives structured events that guest software reports through the trace device. */
@FunctionalInterface
public interface TraceListener {
    void event(long type, long arg0, long arg1, long arg2, long arg3);
}
