package org.mkplay.backend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.backend.run.GuestLoader;
import org.mkplay.backend.run.RunFailure;
import org.mkplay.checks.Check;
import org.mkplay.checks.CheckParser;
import org.mkplay.checks.CheckSyntaxException;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Run;
import org.mkplay.checks.Verdict;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.trace.TraceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mkplay check}: boots an image on the emulator to its end (no input), with the kernel's trace records
 * collected, and holds a lesson's checks file against the run (module checks, docs/lessons.md): one PASS or FAIL
 * line per check, saying what was expected and what happened.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Boot an image to its end and hold a lesson's checks against its console and trace records."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every check passed",
            "1:a check failed, or the run did not end within the budget",
            "2:unusable arguments: unreadable or malformed checks file, missing or unloadable image"
        })
public final class CheckCommand implements Callable<Integer> {
    static final int FAILED = 1;

    @ParentCommand
    private Main main;

    @Option(
            names = "--max-instructions",
            paramLabel = "N",
            defaultValue = "2000000000",
            description = "Stop the run after N instructions (default: ${DEFAULT-VALUE}).")
    long maxInstructions;

    @Parameters(index = "0", paramLabel = "CHECKS", description = "The checks file (one check per line).")
    Path checksFile;

    @Parameters(index = "1", paramLabel = "IMAGE.elf", description = "The system image to boot.")
    Path image;

    @Override
    public Integer call() {
        PrintStream out = main.io().out(), err = main.io().err();
        List<Check> checks;
        try {
            checks = CheckParser.parse(Files.readString(checksFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("mkplay check: cannot read " + checksFile + ": " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        } catch (CheckSyntaxException e) {
            err.println("mkplay check: " + checksFile + ": " + e.getMessage());
            return GuestLoader.UNUSABLE_INPUT;
        }
        if (maxInstructions <= 0) {
            err.println("mkplay check: --max-instructions must be positive, got " + maxInstructions);
            return GuestLoader.UNUSABLE_INPUT;
        }
        try {
            Machine machine = GuestLoader.load(image, GuestLoader.config(Virt.DEFAULT_RAM_MIB));
            List<TraceRecord> records = new ArrayList<>();
            machine.setTraceListener((type, a0, a1, a2, a3) -> records.add(TraceRecord.decode(type, a0, a1, a2, a3)));
            Transcript transcript = machine.runToEnd(maxInstructions);
            List<Verdict> verdicts = Checks.evaluate(checks, new Run(transcript.text(), records));
            verdicts.forEach(v -> out.println(v.describe()));
            if (!transcript.halted()) {
                err.println("mkplay check: the run did not end within " + maxInstructions + " instructions");
                return FAILED;
            }
            return Checks.allPassed(verdicts) ? 0 : FAILED;
        } catch (RunFailure e) {
            err.println("mkplay check: " + e.getMessage());
            return e.status();
        }
    }
}
