package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Csr;

/** The Sstc clock on the simulated board, in S-mode after the kernel's M-mode set-up. */
class ClockTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    @BeforeEach
    void bootToSupervisor() {
        KernelRig.enterSupervisor();
    }

    @Test
    void startProgramsStimecmpOnePeriodAheadAndEnablesTheTimerInterrupt() {
        board.csrs().advanceTime(500);
        Clock.start(100);
        assertEquals(600, Csr.read(STIMECMP));
        assertEquals(IRQ_STI, Csr.read(SIE));
        assertEquals(0, Clock.ticks());
    }

    @Test
    void eachInterruptCountsReportsAndSetsTheNextDeadline() {
        Clock.start(100);
        board.csrs().advanceTime(103);
        Clock.onInterrupt();
        assertEquals(200, Csr.read(STIMECMP), "one period after the last deadline, not after now");
        board.csrs().advanceTime(100);
        Clock.onInterrupt();
        assertEquals(300, Csr.read(STIMECMP));
        assertEquals(2, Clock.ticks());
        assertEquals("tick 1\ntick 2\n", board.console.toString());
    }

    @Test
    void aDeadlineAlreadyPassedSkipsToOnePeriodFromNow() {
        assertEquals(700, Clock.nextDeadline(600, 100, 650));
        assertEquals(1050, Clock.nextDeadline(600, 100, 950));
        assertEquals(800, Clock.nextDeadline(600, 100, 700), "a deadline equal to now would fire at once");
    }

    @Test
    void stopDisablesTheInterruptAndWithdrawsTheDeadline() {
        Clock.start(100);
        Clock.stop();
        assertEquals(0, Csr.read(SIE));
        assertEquals(-1L, Csr.read(STIMECMP));
    }

    @Test
    void startBeginsANewCount() {
        Clock.start(100);
        board.csrs().advanceTime(100);
        Clock.onInterrupt();
        Clock.start(100);
        assertEquals(0, Clock.ticks());
    }
}
