package org.mkplay.emulator.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.mkplay.emulator.guest.HostTools;
import org.mkplay.riscv.board.Virt;

/**
 * Runs a bare-metal ELF on QEMU's virt board, the reference machine. The hart is configured like ours:
 * RV64IMAC with S and U modes, no floating point, no hypervisor, no PMP.
 */
public final class Qemu {
    /** QEMU's exit status is the finisher's code (0 for 0x5555); its stdout is the UART. */
    public record Transcript(String uart, int exitStatus, String diagnostics) {
    }

    private static final String CPU = "rv64,f=off,d=off,h=off,pmp=off";

    private Qemu() {
    }

    public static Transcript run(Path elf, Duration timeout) throws IOException, InterruptedException {
        List<String> command = List.of(HostTools.locate("qemu-system-riscv64"), "-machine", "virt",
                "-cpu", CPU, "-smp", "1", "-m", Virt.DEFAULT_RAM_MIB + "M", "-bios", "none", "-nographic", "-monitor", "none",
                "-kernel", elf.toString());
        HostTools.Outcome outcome = HostTools.run(command, elf.getParent(), timeout);
        return new Transcript(outcome.output(), outcome.exitStatus(), outcome.errors());
    }
}
