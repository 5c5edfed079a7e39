package org.mkplay.backend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.backend.run.ConsoleOutput;
import org.mkplay.backend.run.ConsoleSession;
import org.mkplay.backend.run.CounterReport;
import org.mkplay.backend.run.FileBlockStore;
import org.mkplay.backend.run.GuestLoader;
import org.mkplay.backend.run.RunFailure;
import org.mkplay.backend.run.StdinPump;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.trace.TraceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mkplay run}: boots an RV64 ELF image on the emulated virt board with the terminal as its console
 * (UART output to stdout byte for byte, stdin to the UART receiver).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run an RV64 ELF image on the emulated virt board; its UART is this terminal.",
            "",
            "The guest ends the run through the SiFive test finisher or the riscv-tests tohost word. A guest that"
                    + " sleeps in wfi with no timer armed waits for standard input, like a real console; once standard"
                    + " input has ended it can never wake, so the run stops with a message on stderr and status 0, or"
                    + " 124 when --max-instructions was given (the bounded run did not finish)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:finisher pass (0x5555), or the guest idles after the end of input",
            "N:finisher fail ((N<<16)|0x3333) or tohost (2N+1); the OS keeps N's low 8 bits",
            "1:host I/O error on the disk",
            "2:unusable arguments: missing or unloadable image, missing disk, bad --ram",
            "124:--max-instructions exhausted (or idle after the end of input with that option)"
        })
public final class RunCommand implements Callable<Integer> {
    static final int BUDGET_EXHAUSTED = 124;

    @ParentCommand
    Main main;

    @Option(
            names = "--ram",
            defaultValue = "" + Virt.DEFAULT_RAM_MIB,
            paramLabel = "MiB",
            description = "RAM size in MiB, 1 to " + MachineConfig.MAX_RAM_MIB + " (default: ${DEFAULT-VALUE}).")
    int ramMiB;

    @Option(
            names = "--disk",
            paramLabel = "FILE",
            description = "Disk image behind the virtio-blk device; written in place, read-only if not writable.")
    Path disk;

    @Option(
            names = "--max-instructions",
            paramLabel = "N",
            description =
                    "Stop with status 124 after N instructions, each trap taken counting as one (default: no limit).")
    Long maxInstructions;

    @Option(names = "--stats", description = "At the end, print counters as 'key: value' lines on stderr.")
    boolean stats;

    @Option(
            names = "--trace",
            paramLabel = "FILE",
            description =
                    "Write the kernel's trace records (docs/kernel.md, Trace records) to FILE, decoded, one a line.")
    Path trace;

    @Parameters(index = "0", paramLabel = "IMAGE.elf", description = "RV64 ELF executable (entered in M-mode).")
    Path image;

    @Override
    public Integer call() throws IOException {
        PrintStream err = main.io().err();
        if (maxInstructions != null && maxInstructions <= 0) {
            err.println("mkplay run: --max-instructions must be positive, got " + maxInstructions);
            return GuestLoader.UNUSABLE_INPUT;
        }
        FileBlockStore store = null;
        try {
            MachineConfig config = GuestLoader.config(ramMiB);
            store = disk == null ? null : GuestLoader.openDisk(disk);
            Machine machine = GuestLoader.load(image, config.disk(store));
            if (trace == null) return run(machine);
            try (PrintStream records = new PrintStream(openTrace(), false, StandardCharsets.UTF_8)) {
                machine.setTraceListener((type, a0, a1, a2, a3) ->
                        records.println(TraceRecord.decode(type, a0, a1, a2, a3).describe()));
                return run(machine);
            }
        } catch (RunFailure e) {
            err.println("mkplay run: " + e.getMessage());
            return e.status();
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private java.io.OutputStream openTrace() throws RunFailure {
        try {
            return new java.io.BufferedOutputStream(Files.newOutputStream(trace));
        } catch (IOException e) {
            throw new RunFailure(
                    GuestLoader.UNUSABLE_INPUT, "cannot write the trace to " + trace + ": " + e.getMessage());
        }
    }

    private int run(Machine machine) throws RunFailure {
        ConsoleOutput output = new ConsoleOutput(main.io().out());
        machine.setOutput(output);
        long budget = maxInstructions == null ? Long.MAX_VALUE : maxInstructions;
        ConsoleSession session =
                new ConsoleSession(machine, StdinPump.start(main.io().in()), output, budget);
        ConsoleSession.End end;
        try {
            end = session.run();
        } catch (UncheckedIOException e) {
            throw new RunFailure(
                    1,
                    "disk I/O failed: " + e.getMessage() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure(130, "interrupted");
        } finally {
            output.flush();
        }
        if (stats) {
            main.io().err().print(CounterReport.lines(CounterReport.of(machine.counters(), session.emulationNanos())));
        }
        return status(end, machine);
    }

    private int status(ConsoleSession.End end, Machine machine) {
        PrintStream err = main.io().err();
        switch (end) {
            case HALTED:
                return machine.exitStatus();
            case BUDGET_EXHAUSTED:
                err.printf(
                        "mkplay: instruction budget of %d exhausted at pc 0x%x%n",
                        maxInstructions, machine.hart().pc());
                return BUDGET_EXHAUSTED;
            default:
                err.printf(
                        "mkplay: the guest waits for input (wfi at pc 0x%x) and standard input has ended%n",
                        machine.hart().pc());
                return maxInstructions == null ? 0 : BUDGET_EXHAUSTED;
        }
    }
}
