package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * The hart's side of debug triggers: an execute trigger stops before its instruction, and the one-instruction
 * slices the hart runs while one is armed retire and count exactly what ordinary slices do. (What software
 * sees of the trigger CSRs and when triggers fire is compared with QEMU by the {@code triggers} guest.)
 */
class TriggersTest {
    private static final long MCONTROL = 2L << 60;

    private static void arm(Rig rig, long control, long address) {
        rig.setCsr(Csr.TSELECT, 0).setCsr(Csr.TDATA2, address).setCsr(Csr.TDATA1, control);
    }

    @Test
    void executeTriggerTrapsBeforeItsInstructionWithTvalZero() {
        Rig rig = new Rig();
        rig.emit(addi(A0, ZERO, 1), addi(A0, A0, 2), addi(A0, A0, 4)).stop();
        arm(rig, MCONTROL | Triggers.MODE_M | Triggers.EXECUTE, Rig.CODE + 4);
        rig.runToStop();
        assertEquals(Cause.BREAKPOINT, rig.csr(Csr.MCAUSE));
        assertEquals(Rig.CODE + 4, rig.csr(Csr.MEPC));
        assertEquals(0, rig.csr(Csr.MTVAL));
        assertEquals(1, rig.x(A0), "the instruction at the trigger did not run");
    }

    /** A counted loop (registers and a backward branch only), run for a fixed budget; returns what retired. */
    private static long loopRetired(boolean armed) {
        Rig rig = new Rig();
        rig.emit(addi(A0, ZERO, 0), addi(A1, ZERO, 1000));
        long top = rig.here();
        rig.emit(addi(A0, A0, 3), addi(A1, A1, -1), bne(A1, ZERO, (int) (top - (rig.here() + 8))));
        rig.stop();
        if (armed) {
            arm(rig, MCONTROL | Triggers.MODE_M | Triggers.EXECUTE, Rig.DATA); // never executed
        }
        long retired = rig.run(3003);
        assertEquals(3000, rig.x(A0));
        return retired;
    }

    @Test
    void steppingRetiresWhatSlicesRetire() {
        assertEquals(loopRetired(false), loopRetired(true));
        assertEquals(3003, loopRetired(true));
    }
}
