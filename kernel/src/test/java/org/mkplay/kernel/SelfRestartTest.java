package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.Hart;
import org.mkplay.emulator.cpu.Privilege;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.vmmagic.Abi;

/**
 * A thread that restarts itself (the selfrestart image: SYS_RESTART on a capability to its own process, from inside
 * the system call). The lean entry keeps s0..s11, gp and tp in the hart, and the trap glue stores them into the frame
 * sscratch names only on a switch; Kernel.resetRegisters points sscratch at the boot's frame so that they never land
 * on the thread's fresh frame. The fresh instance must start at its entry with every register zero but sp.
 */
@NeedsHostTools // the console is compared with QEMU's
class SelfRestartTest {
    static final int SP = 2, T0 = 5;
    static final int[] KEPT_BY_THE_HANDLER = {3, 4, 8, 9, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};

    @Test
    void aProcessThatRestartsItselfRunsAgainFromItsEntryOnBothMachines() throws Exception {
        UserProcessesTest.bootsTheSameOnBoth(
                "selfrestart",
                UserProcessesTest.loaded("SelfRestart", 0, 5)
                        + Pattern.quote("self: restarting myself\nself: the fresh instance runs, bits 1\n"
                                + "exit: thread 0 (process 0) status 3\n" + UserProcessesTest.END));
    }

    @Test
    void theFreshInstanceGetsNoneOfTheOldRegisters() throws Exception {
        Machine m = new Machine(new MachineConfig().traceWindow(false));
        m.load(UserProcessesTest.image("selfrestart"));
        Hart h = m.hart();
        List<long[]> atEntry = new ArrayList<>();
        long[] atRestart = null;
        for (long step = 0; step < 30_000_000L && !m.halted(); step++) {
            boolean user = h.privilege() == Privilege.USER;
            long[] before = user ? SyscallRegistersTest.registers(h) : null;
            if (user && h.pc() == Abi.USER_BASE) atEntry.add(before);
            m.run(1);
            if (user && h.privilege() != Privilege.USER && h.readCsr(Csr.SCAUSE) == 8 && before[T0] == Abi.SYS_RESTART)
                atRestart = before;
        }
        assertTrue(m.halted(), "the image ran to its end");
        assertNotNull(atRestart, "the program restarted itself");
        long held = 0;
        for (int x : KEPT_BY_THE_HANDLER) held |= atRestart[x];
        assertTrue(held != 0, "the old instance held something in s0..s11, gp or tp (else a leak could not show)");
        assertEquals(2, atEntry.size(), "two instances started at the entry");
        long[] fresh = atEntry.get(1);
        for (int x = 1; x < 32; x++) {
            if (x != SP) assertEquals(0, fresh[x], "the fresh instance's x" + x);
        }
        assertEquals(atEntry.get(0)[SP], fresh[SP], "the fresh instance's sp is its stack top");
    }
}
