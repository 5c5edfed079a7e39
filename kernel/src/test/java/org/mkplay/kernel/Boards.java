package org.mkplay.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.testkit.Qemu;

/** Boots a kernel image on our emulator and on QEMU, collecting the console text and exit status. */
final class Boards {
    private Boards() {}

    /** Far more than the kernel needs (the idle time in wfi is skipped, not executed). */
    static final long BUDGET = 5_000_000L;

    /**
     * A run on our emulator: console text, exit status (-1 if it did not halt), instructions retired, the
     * instructions retired when each console line was complete, satp writes, the instructions retired when satp was
     * first written (-1 if never) and TLB misses.
     */
    record EmulatorRun(
            String console,
            int exit,
            long instructions,
            List<Long> lineEnds,
            long satpWrites,
            long satpWrittenAt,
            long tlbMisses) {}

    record QemuRun(String console, int exit) {}

    /** Steps one instruction at a time so that each line's count is exact (the kernel runs a few ten thousand). */
    static EmulatorRun emulator(byte[] elf) throws ElfException {
        Machine machine = new Machine();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        boolean[] lineDone = new boolean[1];
        machine.setOutput(b -> {
            console.write(b);
            if (b == '\n') lineDone[0] = true;
        });
        machine.load(elf);
        List<Long> lineEnds = new ArrayList<>();
        long satpWrittenAt = -1;
        for (long work = 0; work < BUDGET && !machine.halted(); work++) {
            machine.run(1);
            if (lineDone[0]) lineEnds.add(machine.counters().instructions());
            lineDone[0] = false;
            if (satpWrittenAt < 0 && machine.counters().satpWrites > 0)
                satpWrittenAt = machine.counters().instructions();
        }
        return new EmulatorRun(
                console.toString(StandardCharsets.UTF_8),
                machine.halted() ? machine.exitStatus() : -1,
                machine.counters().instructions(),
                List.copyOf(lineEnds),
                machine.counters().satpWrites,
                satpWrittenAt,
                machine.counters().tlbMisses);
    }

    /** A run with user programs, to its end or budget, through Machine.runToEnd (no per-line counts). */
    static EmulatorRun emulatorRun(byte[] elf, long budget) throws ElfException {
        Machine machine = new Machine();
        machine.load(elf);
        Transcript run = machine.runToEnd(budget);
        return new EmulatorRun(
                run.text(),
                run.halted() ? run.exitStatus() : -1,
                run.instructions(),
                List.of(),
                machine.counters().satpWrites,
                -1,
                machine.counters().tlbMisses);
    }

    /** The testkit's QEMU virt launcher (the same pinned hart as every differential test); a missing QEMU fails. */
    static QemuRun qemu(byte[] elf) {
        Qemu.Run run = Qemu.boot(elf);
        return new QemuRun((run.text() + run.diagnostics()).replace("\r\n", "\n"), run.exitStatus());
    }
}
