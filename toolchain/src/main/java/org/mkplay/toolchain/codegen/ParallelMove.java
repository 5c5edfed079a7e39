package org.mkplay.toolchain.codegen;

import static org.mkplay.riscv.isa.Reg.*;

import java.util.ArrayList;
import java.util.List;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;

/**
 * Moves several values into their places at once (arguments into a0..a7 and outgoing stack slots,
 * parameters into their registers): each source is read before any move overwrites it. Stores to stack
 * slots go first (they overwrite no register); then register-to-register copies in an order where no copy
 * overwrites a source still needed, a cycle broken through t0; last the loads and constants, whose
 * sources are memory or immediates.
 */
final class ParallelMove {
    /** Where a value comes from: a register, a frame slot (sp offset), or a constant. */
    record Source(int reg, int spOffset, long constant, boolean isConstant) {
        static Source register(int r) {
            return new Source(r, -1, 0, false);
        }

        static Source frame(int offset) {
            return new Source(-1, offset, 0, false);
        }

        static Source constant(long c) {
            return new Source(-1, -1, c, true);
        }
    }

    /** A move to a register (dstReg ≥ 0) or to the outgoing stack slot at dstOffset(sp). */
    private record Move(int dstReg, int dstOffset, Source src) {}

    private final List<Move> moves = new ArrayList<>();

    void toRegister(int dst, Source src) {
        moves.add(new Move(dst, -1, src));
    }

    void toStack(int spOffset, Source src) {
        moves.add(new Move(-1, spOffset, src));
    }

    void emit(Assembler a) {
        for (Move m : moves) if (m.dstReg < 0) a.emit(Encoder.sd(read(a, m.src, T0), SP, m.dstOffset));
        List<Move> regs = new ArrayList<>();
        for (Move m : moves) if (m.dstReg >= 0 && m.src.reg() >= 0 && m.src.reg() != m.dstReg) regs.add(m);
        sequence(a, regs);
        for (Move m : moves) {
            if (m.dstReg >= 0 && m.src.reg() < 0) a.mv(m.dstReg, read(a, m.src, m.dstReg));
        }
    }

    private static int read(Assembler a, Source s, int scratch) {
        if (s.reg() >= 0) return s.reg();
        if (s.isConstant()) {
            if (s.constant() == 0) return ZERO;
            a.li(scratch, s.constant());
        } else {
            a.emit(Encoder.ld(scratch, SP, s.spOffset()));
        }
        return scratch;
    }

    private static void sequence(Assembler a, List<Move> regs) {
        while (!regs.isEmpty()) {
            Move ready = null;
            for (Move m : regs) if (regs.stream().noneMatch(o -> o != m && o.src.reg() == m.dstReg)) ready = m;
            if (ready == null) {
                breakCycle(a, regs);
                continue;
            }
            a.mv(ready.dstReg, ready.src.reg());
            regs.remove(ready);
        }
    }

    /** Every remaining copy is in a cycle: the first one's destination is saved to t0 and read from there. */
    private static void breakCycle(Assembler a, List<Move> regs) {
        int saved = regs.get(0).dstReg;
        a.mv(T0, saved);
        regs.replaceAll(m -> m.src.reg() == saved ? new Move(m.dstReg, m.dstOffset, Source.register(T0)) : m);
    }
}
