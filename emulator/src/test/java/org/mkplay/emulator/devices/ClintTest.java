package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mkplay.emulator.cpu.InterruptPins;
import org.mkplay.riscv.board.ClintRegisters;

class ClintTest {
    private final RecordingPins pins = new RecordingPins();
    private long retired;
    private final Clint clint = new Clint(pins, () -> retired);

    @Test
    void mtimeCountsRetiredInstructionsTenPerTick() {
        retired = 1234;
        assertEquals(123, clint.mtime());
        assertEquals(123, clint.read(ClintRegisters.MTIME, 8));
        assertEquals(123, clint.read(ClintRegisters.MTIME, 4));
        assertEquals(0, clint.read(ClintRegisters.MTIME + 4, 4));
    }

    @Test
    void guestWritesToMtimeStickAndKeepCounting() {
        retired = 50;
        clint.write(ClintRegisters.MTIME, 8, 0x1_0000_0000L);
        assertEquals(0x1_0000_0000L, clint.mtime());
        retired = 80;
        assertEquals(0x1_0000_0003L, clint.read(ClintRegisters.MTIME, 8));
        clint.write(ClintRegisters.MTIME + 4, 4, 2); // high half only
        assertEquals(0x2_0000_0003L, clint.mtime());
        assertEquals(2, clint.read(ClintRegisters.MTIME + 4, 4));
    }

    @Test
    void timerPinFollowsCompareImmediatelyOnWrites() {
        assertFalse(pins.level(InterruptPins.MTIP), "mtimecmp resets to all ones: no interrupt");
        retired = 100; // mtime 10
        clint.write(ClintRegisters.MTIMECMP, 8, 10);
        assertTrue(pins.level(InterruptPins.MTIP));
        clint.write(ClintRegisters.MTIMECMP, 8, 11);
        assertFalse(pins.level(InterruptPins.MTIP));
        clint.write(ClintRegisters.MTIMECMP + 4, 4, 0xFFFF_FFFFL); // 32-bit high half, as RV32 software writes it
        assertEquals(0xFFFF_FFFF_0000_000BL, clint.read(ClintRegisters.MTIMECMP, 8));
    }

    @Test
    void deadlineNamesTheExactInstructionWhereTheTimerFires() {
        retired = 1007; // mtime 100, 7 instructions into the tick
        clint.write(ClintRegisters.MTIMECMP, 8, 105);
        long budget = clint.instructionsUntilTimerInterrupt();
        assertEquals(43, budget); // mtime reaches 105 at retired 1050
        retired += budget - 1;
        clint.tick();
        assertFalse(pins.level(InterruptPins.MTIP), "one instruction early");
        retired++;
        clint.tick();
        assertTrue(pins.level(InterruptPins.MTIP));
        assertEquals(0, clint.instructionsUntilTimerInterrupt());
    }

    @Test
    void unreachableCompareMeansNever() {
        assertEquals(Clint.NEVER, clint.instructionsUntilTimerInterrupt());
        clint.write(ClintRegisters.MTIMECMP, 8, Long.MAX_VALUE);
        assertEquals(Clint.NEVER, clint.instructionsUntilTimerInterrupt());
    }

    @Test
    void comparisonIsUnsigned() {
        clint.write(ClintRegisters.MTIME, 8, -2L); // mtime near 2^64
        clint.write(ClintRegisters.MTIMECMP, 8, 5);
        assertTrue(pins.level(InterruptPins.MTIP), "0xffff...fe >= 5 as unsigned");
    }

    @Test
    void msipDrivesTheSoftwareInterruptPin() {
        clint.write(ClintRegisters.MSIP, 4, 1);
        assertTrue(pins.level(InterruptPins.MSIP));
        assertEquals(1, clint.read(ClintRegisters.MSIP, 4));
        clint.write(ClintRegisters.MSIP, 4, 0xFFFF_FFFEL); // only bit 0 exists
        assertFalse(pins.level(InterruptPins.MSIP));
        assertEquals(0, clint.read(ClintRegisters.MSIP, 4));
    }
}
