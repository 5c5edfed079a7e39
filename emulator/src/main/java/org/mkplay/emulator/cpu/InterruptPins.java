package org.mkplay.emulator.cpu;

/**
 * The hart's interrupt inputs, driven by the CLINT (software and timer) and the PLIC (external).
 * Each pin is the hardware-owned bit of {@code mip}: MSIP=3, STIP=5 (Sstc, while menvcfg.STCE is set),
 * MTIP=7, SEIP=9, MEIP=11.
 * (SEIP as seen by software is the OR of this pin and the software-writable SEIP bit.)
 */
public interface InterruptPins {
    int MSIP = 3;
    int STIP = 5;
    int MTIP = 7;
    int SEIP = 9;
    int MEIP = 11;

    void setPin(int mipBit, boolean level);
}
