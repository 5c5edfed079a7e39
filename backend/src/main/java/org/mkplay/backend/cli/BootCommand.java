package org.mkplay.backend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.riscv.board.Virt;
import org.mkplay.system.Placements;
import org.mkplay.system.SystemBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mkplay boot}: boots the default system (prebuilt in the jar) with the terminal as its console. */
@Command(
        name = "boot",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Boot the default system (supervisor, name service, console driver, echo server, file server, shell)"
                    + " on the emulated board; the shell's mk$ prompt is this terminal. Type halt to power off."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:powered off", "2:an unknown placement", "124:--max-instructions exhausted"})
public final class BootCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(
            names = "--placement",
            defaultValue = "user",
            paramLabel = "user",
            description = "Where the servers run: user (every server a process: the microkernel), kernel (names,"
                    + " echo, files and kv linked into the kernel and called from the system-call path: the monolithic"
                    + " baseline), mixed (files and kv in the kernel, the rest in user space).")
    String placement;

    @Option(names = "--max-instructions", paramLabel = "N", description = "Stop with status 124 after N instructions.")
    Long maxInstructions;

    @Option(names = "--stats", description = "At the end, print counters as 'key: value' lines on stderr.")
    boolean stats;

    @Override
    public Integer call() throws IOException {
        if (!Placements.PRESETS.contains(placement)) {
            main.io()
                    .err()
                    .println("mkplay boot: placement '" + placement + "' is not one of "
                            + String.join(", ", Placements.PRESETS));
            return 2;
        }
        Path image = Files.createTempFile("mkplay-default-system", ".elf");
        try {
            Files.write(image, SystemBuilder.defaultSystem(placement));
            RunCommand run = new RunCommand();
            run.main = main;
            run.image = image;
            run.ramMiB = Virt.DEFAULT_RAM_MIB;
            run.maxInstructions = maxInstructions;
            run.stats = stats;
            return run.call();
        } finally {
            Files.deleteIfExists(image);
        }
    }
}
