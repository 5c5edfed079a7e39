package org.mkplay.emulator.devices;

/** Receives bytes a device sends out (the UART transmitter). */
@FunctionalInterface
public interface ByteSink {
    void put(int octet);
}
