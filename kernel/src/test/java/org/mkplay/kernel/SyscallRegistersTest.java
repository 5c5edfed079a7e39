package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.Hart;
import org.mkplay.emulator.cpu.Privilege;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.vmmagic.Abi;

/**
 * The system-call ABI's register contract (docs/kernel.md, *The system-call ABI*), watched instruction by instruction
 * on our emulator: the test images run one instruction at a time, every trap from U-mode is remembered with the
 * thread's 31 registers, and when that thread is back in U-mode where the trap left it (after the ecall; at the
 * interrupted instruction) its registers are compared with what they were. A system call preserves ra, sp, gp, tp,
 * t0, t2 and s0..s11 (also when the thread blocked and other threads ran meanwhile: the trap glue's switch), returns
 * t3..t6 zero, and leaves a1..a7 and t1 alone when the call returns nothing there; no register comes back holding a
 * kernel address it did not hold before. An interrupt preserves all 31.
 */
class SyscallRegistersTest {
    static final int RA = 1, SP = 2, GP = 3, TP = 4, T0 = 5, T1 = 6, T2 = 7, S0 = 8, S1 = 9, A0 = 10, A1 = 11;
    static final int[] PRESERVED = {RA, SP, GP, TP, T0, T2, S0, S1, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
    static final int[] CLOBBERED = {28, 29, 30, 31};
    /** Calls that return nothing beyond a0: a1..a7 and t1 must come back as they went in. */
    static final Set<Long> STATUS_ONLY =
            Set.of((long) Abi.SYS_YIELD, (long) Abi.SYS_DEBUG_PUTC, (long) Abi.SYS_NOTIFY, (long) Abi.SYS_SEND);

    /** A thread in the kernel: its registers at the trap, and whether it was a system call. */
    record Trapped(long[] registers, boolean ecall, long switchesBefore) {}

    /** What the watch saw. */
    record Seen(int ecalls, int ecallsAcrossSwitches, int statusOnly, int interrupts) {}

    @Test
    void aSystemCallKeepsWhatTheAbiPreservesAndZeroesTheRest() throws Exception {
        Seen ipc = watch("ipc");
        assertTrue(ipc.ecalls() > 300 && ipc.ecallsAcrossSwitches() >= 4, ipc.toString());
        Seen regs = watch("regs");
        assertTrue(regs.ecallsAcrossSwitches() >= 10 && regs.interrupts() > 0, regs.toString());
        Seen bench = watch("bench");
        assertTrue(
                bench.ecalls() > 8000 && bench.ecallsAcrossSwitches() > 2000 && bench.statusOnly() > 2000,
                bench.toString());
    }

    /** Runs the test image to its end, checking every return to U-mode; what it saw. */
    static Seen watch(String image) throws Exception {
        Machine m = new Machine(new MachineConfig().traceWindow(false));
        m.load(UserProcessesTest.image(image));
        Hart h = m.hart();
        Map<String, Trapped> inKernel = new HashMap<>();
        int ecalls = 0, across = 0, statusOnly = 0, interrupts = 0;
        long switches = 0, lastAsid = -1;
        for (long step = 0; step < 60_000_000L && !m.halted(); step++) {
            boolean user = h.privilege() == Privilege.USER;
            long asid = h.satp() >>> 44 & 0xFFFF;
            long[] before = user ? registers(h) : null;
            if (user) {
                if (asid != lastAsid) switches++;
                lastAsid = asid;
                Trapped t = inKernel.remove(asid + ":" + h.pc());
                if (t != null && t.ecall()) {
                    check(image, t.registers(), before, h.pc());
                    ecalls++;
                    if (switches > t.switchesBefore()) across++;
                    if (STATUS_ONLY.contains(t.registers()[T0])) statusOnly++;
                } else if (t != null) {
                    for (int x = 1; x < 32; x++) assertEquals(t.registers()[x], before[x], image + ": x" + x);
                    interrupts++;
                }
            }
            m.run(1);
            if (m.waiting()) break; // only input could wake it: these images take none
            if (user && h.privilege() != Privilege.USER) {
                long cause = h.readCsr(Csr.SCAUSE), epc = h.readCsr(Csr.SEPC);
                if (cause == 8) inKernel.put(asid + ":" + (epc + 4), new Trapped(before, true, switches));
                else if (cause < 0) inKernel.put(asid + ":" + epc, new Trapped(before, false, switches));
            }
        }
        assertTrue(m.halted(), image + " ran to its end");
        return new Seen(ecalls, across, statusOnly, interrupts);
    }

    static long[] registers(Hart h) {
        long[] r = new long[32];
        for (int x = 1; x < 32; x++) r[x] = h.register(x);
        return r;
    }

    static void check(String image, long[] in, long[] out, long pc) {
        String where = image + ", syscall " + in[T0] + " returning to 0x" + Long.toHexString(pc) + ": x";
        for (int x : PRESERVED) assertEquals(in[x], out[x], where + x + " preserved");
        for (int x : CLOBBERED) assertEquals(0, out[x], where + x + " zeroed");
        if (STATUS_ONLY.contains(in[T0])) {
            for (int x = A1; x <= 17; x++) assertEquals(in[x], out[x], where + x + " (nothing returned there)");
            assertEquals(in[T1], out[T1], where + "6 (t1, nothing returned there)");
        }
        for (int x = 1; x < 32; x++) {
            boolean kernel = out[x] >= 0x8000_0000L && out[x] < 0x8800_0000L;
            if (kernel && out[x] != in[x]) fail(where + x + " holds a kernel address: 0x" + Long.toHexString(out[x]));
        }
    }
}
