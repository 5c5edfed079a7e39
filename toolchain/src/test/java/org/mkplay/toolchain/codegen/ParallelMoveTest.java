package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.asm.Assembler;

/** Simultaneous register moves: every source is read before a move overwrites it, cycles included. */
class ParallelMoveTest {
    /** Runs the emitted code, which must consist of register copies (addi rd, rs, 0), on register values. */
    private static long[] run(ParallelMove p) {
        Assembler a = new Assembler(0x8000_0000L);
        p.emit(a);
        byte[] code = a.snapshot();
        long[] x = new long[32];
        for (int r = 1; r < 32; r++) x[r] = 100 + r;
        for (Assembler.Instruction i : a.instructions()) {
            int o = i.offset();
            int w = (code[o] & 0xff)
                    | (code[o + 1] & 0xff) << 8
                    | (code[o + 2] & 0xff) << 16
                    | (code[o + 3] & 0xff) << 24;
            assertEquals(0x13, w & 0x7f, "only copies expected");
            assertEquals(0, w >> 20, "addi with immediate 0");
            x[w >> 7 & 31] = x[w >> 15 & 31];
        }
        return x;
    }

    @Test
    void aSwapGoesThroughAScratchRegister() {
        ParallelMove p = new ParallelMove();
        p.toRegister(A0, ParallelMove.Source.register(A1));
        p.toRegister(A1, ParallelMove.Source.register(A0));
        long[] x = run(p);
        assertEquals(100 + A1, x[A0]);
        assertEquals(100 + A0, x[A1]);
    }

    @Test
    void chainsAndCyclesTogether() {
        ParallelMove p = new ParallelMove();
        p.toRegister(A0, ParallelMove.Source.register(A1)); // cycle a0 <- a1 <- a2 <- a0
        p.toRegister(A1, ParallelMove.Source.register(A2));
        p.toRegister(A2, ParallelMove.Source.register(A0));
        p.toRegister(A3, ParallelMove.Source.register(A0)); // a0's old value also goes to a3
        p.toRegister(A4, ParallelMove.Source.register(S1));
        long[] x = run(p);
        assertEquals(100 + A1, x[A0]);
        assertEquals(100 + A2, x[A1]);
        assertEquals(100 + A0, x[A2]);
        assertEquals(100 + A0, x[A3]);
        assertEquals(100 + S1, x[A4]);
    }
}
