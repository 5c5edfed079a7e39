package org.mkplay.emulator.devices;

/** Told when guest software asks the board to stop (SiFive test finisher, tohost). */
@FunctionalInterface
public interface FinisherListener {
    /** @param exitStatus 0 for pass/poweroff, otherwise the failure code the guest wrote */
    void finish(int exitStatus);
}
