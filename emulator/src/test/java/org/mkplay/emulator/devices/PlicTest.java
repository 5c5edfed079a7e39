package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mkplay.emulator.cpu.InterruptPins;
import org.mkplay.riscv.board.PlicRegisters;

class PlicTest {
    private static final long M_CONTEXT = PlicRegisters.CONTEXT_BASE;
    private static final long S_CONTEXT = PlicRegisters.CONTEXT_BASE + PlicRegisters.CONTEXT_STRIDE;
    private final RecordingPins pins = new RecordingPins();
    private final Plic plic = new Plic(pins);

    private void priority(int source, int value) {
        plic.write(4L * source, 4, value);
    }

    private void enable(int context, int source) {
        long word = PlicRegisters.ENABLE_BASE + PlicRegisters.ENABLE_STRIDE * context + 4L * (source / 32);
        plic.write(word, 4, plic.read(word, 4) | (1L << (source % 32)));
    }

    private int claim(long context) {
        return (int) plic.read(context + 4, 4);
    }

    @Test
    void claimPicksHighestPriorityThenLowestId() {
        priority(10, 3);
        priority(1, 5);
        priority(7, 5);
        for (int source : new int[] {1, 7, 10}) {
            enable(0, source);
            plic.line(source).set(true);
        }
        assertTrue(pins.level(InterruptPins.MEIP));
        assertEquals(0b100_1000_0010L, plic.read(PlicRegisters.PENDING_BASE, 4));
        assertEquals(1, claim(M_CONTEXT));
        assertEquals(7, claim(M_CONTEXT));
        assertEquals(10, claim(M_CONTEXT));
        assertEquals(0, claim(M_CONTEXT));
        assertFalse(pins.level(InterruptPins.MEIP));
    }

    /** QEMU 7.2's gateway (plic guest of QemuDifferentialTest): assertions are requests, completes re-sample nothing. */
    @Test
    void everyAssertionIsARequestAndCompleteResamplesNothing() {
        priority(10, 1);
        enable(0, 10);
        plic.line(10).set(true);
        assertEquals(10, claim(M_CONTEXT));
        assertFalse(pins.level(InterruptPins.MEIP), "claimed");
        plic.write(M_CONTEXT + 4, 4, 10); // complete while the device still asserts its line
        assertFalse(pins.level(InterruptPins.MEIP), "a held line is not a new request");
        assertEquals(0, claim(M_CONTEXT));
        plic.line(10).set(true); // the device asserts again (e.g. the UART sent another byte)
        assertTrue(pins.level(InterruptPins.MEIP));
        assertEquals(10, claim(M_CONTEXT));
        plic.line(10).set(true); // ... and again while claimed: pending, not claimable until complete
        assertEquals(1L << 10, plic.read(PlicRegisters.PENDING_BASE, 4));
        assertFalse(pins.level(InterruptPins.MEIP));
        plic.write(M_CONTEXT + 4, 4, 10);
        assertTrue(pins.level(InterruptPins.MEIP));
        plic.line(10).set(false);
        assertTrue(pins.level(InterruptPins.MEIP), "deasserting withdraws nothing");
        assertEquals(10, claim(M_CONTEXT));
    }

    @Test
    void thresholdMasksLowerOrEqualPriorities() {
        priority(1, 2);
        enable(0, 1);
        plic.line(1).set(true);
        plic.write(M_CONTEXT, 4, 2);
        assertFalse(pins.level(InterruptPins.MEIP));
        assertEquals(0, claim(M_CONTEXT));
        plic.write(M_CONTEXT, 4, 1);
        assertTrue(pins.level(InterruptPins.MEIP));
        assertEquals(1, plic.read(M_CONTEXT, 4));
    }

    @Test
    void supervisorContextDrivesSeipOnly() {
        priority(1, 1);
        enable(1, 1);
        plic.line(1).set(true);
        assertTrue(pins.level(InterruptPins.SEIP));
        assertFalse(pins.level(InterruptPins.MEIP));
        assertEquals(0, claim(M_CONTEXT), "not enabled for M");
        assertEquals(1, claim(S_CONTEXT));
        assertFalse(pins.level(InterruptPins.SEIP));
    }

    @Test
    void priorityZeroNeverInterruptsAndRegistersAreMasked() {
        enable(0, 3);
        plic.line(3).set(true);
        assertFalse(pins.level(InterruptPins.MEIP));
        priority(3, 0xFF);
        assertEquals(Plic.MAX_PRIORITY, plic.read(12, 4));
        plic.write(PlicRegisters.ENABLE_BASE, 4, 0xFFFF_FFFFL);
        assertEquals(
                0xFFFF_FFFFL, plic.read(PlicRegisters.ENABLE_BASE, 4), "stored as written, bit 0 included, as on QEMU");
        plic.write(PlicRegisters.PENDING_BASE, 4, 0);
        assertEquals(1L << 3, plic.read(PlicRegisters.PENDING_BASE, 4), "pending bits are read-only");
        assertEquals(3, claim(M_CONTEXT), "source 0 is never claimed");
        assertEquals(0, claim(M_CONTEXT));
    }

    @Test
    void completeOfASourceTheContextHasNotEnabledIsIgnored() {
        priority(5, 1);
        enable(0, 5);
        plic.line(5).set(true);
        assertEquals(5, claim(M_CONTEXT));
        plic.line(5).set(true); // pending again while claimed
        plic.write(S_CONTEXT + 4, 4, 5);
        assertFalse(pins.level(InterruptPins.MEIP), "S context cannot complete a source it has not enabled");
        plic.write(M_CONTEXT + 4, 4, 5);
        assertTrue(pins.level(InterruptPins.MEIP));
    }

    @Test
    void sourcesOutsideOneTo95AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> plic.line(0));
        assertThrows(IllegalArgumentException.class, () -> plic.line(96));
    }
}
