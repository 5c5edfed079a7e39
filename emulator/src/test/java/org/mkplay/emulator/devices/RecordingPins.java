package org.mkplay.emulator.devices;

import org.mkplay.emulator.cpu.InterruptPins;

/** The hart's pins as a test sees them: the last level each device drove. */
final class RecordingPins implements InterruptPins {
    private final boolean[] levels = new boolean[64];

    @Override
    public void setPin(int mipBit, boolean level) {
        levels[mipBit] = level;
    }

    boolean level(int mipBit) {
        return levels[mipBit];
    }
}
