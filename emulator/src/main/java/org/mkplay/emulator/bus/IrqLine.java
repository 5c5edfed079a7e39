package org.mkplay.emulator.bus;

/** A level-triggered interrupt wire from a device to an interrupt controller (the PLIC). */
@FunctionalInterface
public interface IrqLine {
    void set(boolean level);
}
