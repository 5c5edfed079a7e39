package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.priv.Csr;

/**
 * Control flow that leaves a page inside one slice: the hart keeps pc as an index into the current
 * page's decoded slots and finds the next page only when the stream runs off the page, a branch or
 * jump lands elsewhere (see CodePage). Each program runs in one {@code run} call, so page changes happen
 * in the middle of a slice, and the retired count must be exact.
 */
class PageCrossingTest {
    private static final long PAGE = Rig.CODE + 0x1000; // a page boundary: CODE is page aligned
    private final Rig rig = new Rig();

    /** Runs from CODE in one slice: exactly {@code expected} instructions must reach the stop loop. */
    private void runTo(long stop, long expected) {
        assertEquals(expected - 1, rig.run(expected - 1));
        assertNotEquals(stop, rig.pc(), "reached the stop loop early");
        rig.run(1);
        assertEquals(stop, rig.pc(), "the stop loop after " + expected + " instructions");
        assertEquals(0, rig.csr(Csr.MCAUSE), "no trap");
    }

    /**
     * Ends the code at the cursor with the stop loop; at CODE, the prelude and a jump to entry; then runs from CODE:
     * exactly {@code expected} instructions (prelude and jump included) must reach the stop loop.
     */
    private void enterAndRun(long entry, long expected, int... prelude) {
        long stop = rig.stop();
        rig.at(Rig.CODE).emit(prelude);
        rig.emit(jal(ZERO, (int) (entry - rig.here())));
        runTo(stop, expected);
    }

    @Test
    void straightLineCodeFallsOffTheEndOfAPageIntoTheNext() {
        rig.at(PAGE - 6).emit(addi(A0, ZERO, 1)).emitC(cAddi(A0, 2)); // the compressed one is the page's last halfword
        rig.emit(addi(A0, A0, 4));
        enterAndRun(PAGE - 6, 4);
        assertEquals(7, rig.x(A0));
    }

    @Test
    void anInstructionStraddlingTwoPagesRunsAndIsFollowedByTheNextPage() {
        rig.at(PAGE - 4).emitC(cLi(A0, 5)).emit(addi(A0, A0, 10)).emit(addi(A0, A0, 100)); // addi at PAGE-2..PAGE+2
        enterAndRun(PAGE - 4, 4);
        assertEquals(115, rig.x(A0));
    }

    @Test
    void loopWhoseBranchOnTheNextPageJumpsBackIntoThePreviousOne() {
        // PAGE-8: addi a0,a0,1   PAGE-4: addi a1,a1,-1   PAGE: bnez a1, PAGE-8
        rig.at(PAGE - 8).emit(addi(A0, A0, 1), addi(A1, A1, -1), bne(A1, ZERO, -8));
        enterAndRun(PAGE - 8, 2 + 3 * 1000, addi(A1, ZERO, 1000));
        assertEquals(1000, rig.x(A0));
    }

    @Test
    void forwardBranchesAndJumpsLeaveThePageBothWays() {
        long far = Rig.CODE + 0x3_0000; // beyond a branch's reach: jal
        rig.at(Rig.CODE).emit(addi(A0, ZERO, 1), beq(ZERO, ZERO, 0x800)); // to CODE + 0x804, same page
        rig.at(Rig.CODE + 0x804).emit(addi(A0, A0, 2), beq(ZERO, ZERO, 0xFF0)); // to CODE + 0x17F8, next page
        rig.at(Rig.CODE + 0x17F8).emit(addi(A0, A0, 4), jal(ZERO, (int) (far - (Rig.CODE + 0x17FC))));
        rig.at(far).emit(addi(A0, A0, 8), jal(ZERO, -0x2_0000)); // back to CODE + 0x1_0004
        rig.at(far - 0x2_0000 + 4).emit(addi(A0, A0, 16));
        long stop = rig.stop();
        runTo(stop, 9);
        assertEquals(31, rig.x(A0));
    }

    @Test
    void jalrToAnotherPageAndBackCountsEveryInstruction() {
        long callee = Rig.CODE + 0x5000;
        rig.at(callee).emit(addi(A0, A0, 3), jalr(ZERO, RA, 0));
        rig.at(Rig.CODE).emit(addi(A1, ZERO, 50)); // 50 calls
        long loop = rig.here();
        rig.li(T0, callee);
        long liLength = (rig.here() - loop) / 4;
        rig.emit(jalr(RA, T0, 0), addi(A1, A1, -1));
        int back = (int) (loop - rig.here());
        rig.emit(bne(A1, ZERO, back));
        long stop = rig.stop();
        runTo(stop, 1 + 50 * (liLength + 3 + 2));
        assertEquals(150, rig.x(A0));
    }
}
