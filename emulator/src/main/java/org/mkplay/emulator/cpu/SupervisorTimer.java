package org.mkplay.emulator.cpu;

/**
 * Where the hart sends its Sstc state: the {@code stimecmp} value and whether menvcfg.STCE enables it.
 * The board's timer (the CLINT, which owns {@code time}) compares them and drives the STIP pin.
 */
public interface SupervisorTimer {
    void compare(long stimecmp, boolean enabled);
}
