package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * The cases an engine that decodes ahead (pre-decoded pages, blocks, traces) gets wrong first, each run
 * in one long {@code run} call so that nothing is sliced for the engine: an instruction rewritten by a
 * store just before it in the same straight-line run or in a loop on the same page, code rewritten in
 * another page and made visible by {@code fence.i}, a timer interrupt and a trap that land in the middle
 * of a straight-line run (exact {@code minstret}, {@code mepc} and register state), and the same
 * instruction run once per slice budget; for the block engine's fused pairs, a budget ending between the two
 * instructions of a pair and a fault right after one, and for its fused ALU op and branch, the branch reading what
 * the ALU op wrote, a budget ending between them and a store rewriting the branch; and a store into a cached,
 * chained loop body.
 */
class CodeCoherenceTest {
    private static final long MTIMECMP = Virt.CLINT_BASE + 0x4000;
    private static final long HANDLER = Rig.RAM + 0x800;
    private final Rig rig = new Rig();

    /** An M-mode handler that records minstret (s0) and mepc (s1), then spins. */
    private long recordingHandler() {
        return rig.recordingHandler(HANDLER, S0, S1);
    }

    @Test
    void aStoreRewritesTheNextInstructionOfTheSameStraightLineRun() {
        // the first sw stores the instruction as it is (and brings the page into the store fast cache), the second
        // writes "addi a0, a0, 100" over the "addi a0, a0, 1" that follows it directly, through the fast path
        rig.li(A1, addi(A0, A0, 1)).li(A5, addi(A0, A0, 100));
        rig.emit(auipc(A2, 0));
        int offset = 16; // from the auipc to the patched instruction
        rig.emit(sw(A1, A2, offset), sw(A5, A2, offset), addi(A3, ZERO, 7), addi(A0, A0, 1), addi(A4, ZERO, 9));
        long end = rig.stop();
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(100, rig.x(A0), "the rewritten instruction ran, not the one decoded before the store");
        assertEquals(7, rig.x(A3));
        assertEquals(9, rig.x(A4));
    }

    @Test
    void aLoopRewritingItsOwnBodyRunsTheNewInstructionOnTheNextIteration() {
        // each iteration stores a1 over the loop's first instruction, then adds 1 to that addi's immediate:
        // iterations run +1 (as emitted), +10 (first store, slow path) and +11 (second store, fast path)
        long loop = rig.here();
        rig.emit(addi(A0, A0, 1)); // loop: patched by every iteration
        rig.emit(auipc(A2, 0), sw(A1, A2, -4), add(A1, A1, A6)); // a2 = loop + 4; store to loop
        rig.emit(addi(A3, A3, 1), addi(T0, ZERO, 3));
        rig.emit(bne(A3, T0, (int) (loop - rig.here())));
        long end = rig.stop();
        rig.set(A1, addi(A0, A0, 10)).set(A6, 1 << 20);
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(1 + 10 + 11, rig.x(A0), "iterations 2 and 3 ran the instructions stored just before");
    }

    @Test
    void fenceIMakesCodeWrittenIntoAnotherPageVisible() {
        long other = Rig.CODE + 0x3000;
        rig.at(other).emit(addi(A0, ZERO, 1), jalr(ZERO, RA, 0));
        rig.at(Rig.CODE).li(A1, other).emit(jalr(RA, A1, 0)); // runs (and decodes) the old routine once
        rig.emit(addi(A3, A0, 0));
        rig.li(A2, addi(A0, ZERO, 2)).emit(sw(A2, A1, 0), fenceI(), jalr(RA, A1, 0));
        long end = rig.stop();
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(1, rig.x(A3), "first call: the old routine");
        assertEquals(2, rig.x(A0), "after fence.i: the new routine");
    }

    @Test
    void timerInterruptLandsInsideAStraightLineRunAtTheExactInstruction() {
        long stop = recordingHandler();
        rig.storeTo(MTIMECMP, 30, 8).csrw(Csr.MIE, Csr.IRQ_MTI).csrw(Csr.MSTATUS, Csr.STATUS_MIE);
        long setUp = (rig.here() - Rig.CODE) / 4; // instructions before the run
        long first = rig.here();
        for (int i = 0; i < 600; i++) {
            rig.emit(addi(A0, A0, 1));
        }
        rig.stop();
        rig.run(100_000);
        assertEquals(stop, rig.pc());
        assertEquals(Cause.INTERRUPT | 7, rig.csr(Csr.MCAUSE));
        assertEquals(300, rig.x(S0), "mtime = retired / 10 reaches 30 after exactly 300 instructions");
        assertEquals(300 - setUp, rig.x(A0), "every instruction before the interrupt retired, none after");
        assertEquals(first + 4 * (300 - setUp), rig.x(S1), "mepc: the first instruction not retired");
    }

    @Test
    void aFaultInsideAStraightLineRunLeavesExactPcCountAndRegisters() {
        long stop = recordingHandler();
        rig.li(A1, 0x10); // no device or RAM there: load access fault
        long setUp = (rig.here() - Rig.CODE) / 4;
        long fault = 0;
        for (int i = 0; i < 50; i++) {
            if (i == 20) {
                fault = rig.here();
                rig.emit(ld(A2, A1, 0));
            }
            rig.emit(addi(A0, A0, 1));
        }
        rig.stop();
        rig.set(A2, 0x77);
        rig.run(10_000);
        assertEquals(stop, rig.pc());
        assertEquals(Cause.LOAD_ACCESS_FAULT, rig.csr(Csr.MCAUSE));
        assertEquals(fault, rig.x(S1), "mepc = the faulting load");
        assertEquals(setUp + 20, rig.x(S0), "minstret: the load did not retire");
        assertEquals(20, rig.x(A0));
        assertEquals(0x77, rig.x(A2), "rd of the faulting load unchanged");
    }

    @Test
    void aRunStopsAtItsBudgetInsideAStraightLineRunAndResumesThere() {
        for (int i = 0; i < 100; i++) {
            rig.emit(addi(A0, A0, 1));
        }
        long end = rig.stop();
        for (int budget : new int[] {37, 1, 50}) {
            assertEquals(budget, rig.run(budget));
        }
        assertEquals(88, rig.x(A0));
        assertEquals(Rig.CODE + 4 * 88, rig.pc());
        rig.run(100);
        assertEquals(end, rig.pc());
        assertEquals(100, rig.x(A0));
    }

    @Test
    void aBudgetEndingInsideAFusedPairStopsBetweenItsInstructions() {
        // lui+addi and auipc+addi run as one op in a cached block; a budget ending between them runs them apart
        long la = Rig.CODE + 8;
        rig.emit(lui(A0, 0x12345), addi(A0, A0, 0x678), auipc(A1, 0x1), addi(A1, A1, -16));
        long end = rig.stop();
        rig.run(1000); // decodes and caches the block with both pairs fused
        assertEquals(end, rig.pc());
        assertEquals(0x12345678L, rig.x(A0));
        assertEquals(la + 0x1000 - 16, rig.x(A1));
        rig.set(A0, 0).set(A1, 0).hart().setPc(Rig.CODE);
        assertEquals(1, rig.run(1));
        assertEquals(0x12345000L, rig.x(A0), "lui alone");
        assertEquals(2, rig.run(2));
        assertEquals(0x12345678L, rig.x(A0));
        assertEquals(la + 0x1000, rig.x(A1), "auipc alone");
        assertEquals(la + 4, rig.pc());
        rig.run(1000);
        assertEquals(la + 0x1000 - 16, rig.x(A1));
    }

    @Test
    void aFaultRightAfterAFusedPairCountsBothOfItsInstructions() {
        long stop = recordingHandler();
        long setUp = (rig.here() - Rig.CODE) / 4;
        rig.emit(lui(A1, 0), addiw(A1, A1, 0x10)); // fused: a1 = 0x10, where nothing answers
        long fault = rig.here();
        rig.emit(ld(A2, A1, 0), addi(A0, A0, 1));
        rig.stop();
        rig.run(10_000);
        assertEquals(stop, rig.pc());
        assertEquals(Cause.LOAD_ACCESS_FAULT, rig.csr(Csr.MCAUSE));
        assertEquals(fault, rig.x(S1), "mepc = the faulting load");
        assertEquals(setUp + 2, rig.x(S0), "minstret: the fused pair retired, the load did not");
        assertEquals(0, rig.x(A0));
    }

    @Test
    void aStoreIntoALaterInstructionOfARunningLoopBodyIsSeenOnTheSameIteration() {
        // the loop's block is cached and chained to itself; a store into its last addi, from its first instruction
        long loop = rig.here();
        rig.emit(auipc(A2, 0), sw(A1, A2, 16), addi(A3, A3, 1), addi(T0, ZERO, 3), addi(A0, A0, 1));
        rig.emit(bne(A3, T0, (int) (loop - rig.here())));
        long end = rig.stop();
        rig.set(A1, addi(A0, A0, 1));
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(3, rig.x(A0));
        // run it again with a different instruction to store: each iteration runs the one it just stored
        rig.set(A3, 0).set(A0, 0).set(A1, addi(A0, A0, 100)).hart().setPc(loop);
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(300, rig.x(A0));
    }

    @Test
    void aFusedBranchComparesWhatItsAluOpWrote() {
        // addiw+bnez, add+bltu (unsigned: a3 starts negative) and addi+bge (signed) loops, each fused into one op
        rig.set(A0, 5).set(A2, 3).set(A3, -9).set(A4, 2);
        rig.emit(addi(A1, A1, 1), addiw(A0, A0, -1), bne(A0, ZERO, -8));
        rig.emit(addi(A5, A5, 1), add(A3, A3, A4), bltu(A2, A3, -8));
        rig.emit(addi(A6, A6, 1), addi(A2, A2, -1), bge(A2, ZERO, -8));
        long end = rig.stop();
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(5, rig.x(A1), "addiw + bnez: 5 iterations");
        assertEquals(5, rig.x(A5), "add + bltu: a3 = -7, -5, -3, -1 are above 3 unsigned, 1 is not");
        assertEquals(4, rig.x(A6), "addi + bge: a2 = 3, 2, 1, 0 branch back, -1 falls through");
    }

    @Test
    void aBudgetEndingInsideAFusedBranchStopsBeforeTheBranch() {
        // the loop's addi and bne run as one op in its cached block; a budget ending between them runs them apart
        rig.set(T0, 4);
        long loop = rig.here();
        rig.emit(addi(A0, A0, 1), bne(A0, T0, -4));
        long end = rig.stop();
        rig.run(1000); // decodes and caches the block with the pair fused
        assertEquals(end, rig.pc());
        rig.set(A0, 0).hart().setPc(loop);
        assertEquals(1, rig.run(1));
        assertEquals(1, rig.x(A0), "addi alone");
        assertEquals(loop + 4, rig.pc(), "stopped at the bne");
        assertEquals(2, rig.run(2));
        assertEquals(2, rig.x(A0));
        assertEquals(loop + 4, rig.pc(), "bne, addi, stopped at the bne again");
        assertEquals(1, rig.run(1));
        assertEquals(loop, rig.pc(), "the bne alone, taken");
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(4, rig.x(A0));
    }

    @Test
    void aStoreRewritingTheBranchOfAFusedPairIsSeenOnTheSameIteration() {
        // the loop's addi+bne is fused in its cached block; its first iteration stores a beq (never taken here)
        // over the bne, which then falls through at once instead of looping 10 times
        long loop = rig.here();
        rig.emit(auipc(A2, 0), sw(A1, A2, 12), addi(A0, A0, 1));
        int back = (int) (loop - rig.here());
        rig.emit(bne(A0, T0, back));
        long end = rig.stop();
        rig.set(T0, 10).set(A1, bne(A0, T0, back));
        rig.run(1000); // stores the bne as it is: 10 iterations, the block cached with addi+bne fused
        assertEquals(end, rig.pc());
        assertEquals(10, rig.x(A0));
        rig.set(A0, 0).set(A1, beq(A0, T0, back)).hart().setPc(loop);
        rig.run(1000);
        assertEquals(end, rig.pc());
        assertEquals(1, rig.x(A0), "the stored beq ran on the first iteration");
    }
}
