package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.testkit.Qemu;

/**
 * This module's test kit: the ways its tests boot a system image (a test system of src/test/resources to its end; the
 * default system to the shell's prompt, then typing a script, on our emulator and on QEMU) and read the shell's
 * console. The machine-level half (boot, run to the end, console and exit status) is the emulator's
 * {@code Machine.runToEnd} and the testkit's {@code Qemu}; this class only adds the system's build and its prompt.
 */
final class SystemRuns {
    private SystemRuns() {}

    /** The budget of a test system or a typed session on our emulator. */
    static final long BUDGET = 200_000_000L;

    /** The budget of one of src/test/resources' small test systems. */
    static final long TEST_SYSTEM_BUDGET = 50_000_000L;

    /** The target for the boot to the first prompt (the page must show it in under 1.5 s). */
    static final long BOOT_BUDGET = 2_000_000L;

    static final String PROMPT = "mk$ ";

    /** What a run on our emulator left: the whole console, whether it powered off, its status. */
    record Run(String text, boolean halted, int exitStatus) {}

    /** A file of src/test/resources (a name such as {@code /cap-copy/system.json}). */
    static Path resource(String name) {
        try {
            return Path.of(SystemRuns.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** Builds the test system of src/test/resources/NAME (its system.json) with the kernel and boots it to its end. */
    static Transcript testSystem(String name) throws Exception {
        Machine machine = new Machine();
        machine.load(SystemBuilder.build(resource("/" + name + "/system.json"), SystemBuilder.kernelImage()));
        return machine.runToEnd(TEST_SYSTEM_BUDGET);
    }

    /** Boots the test system of src/test/resources/NAME to its power-off; its console holds each of the parts. */
    static void assertTestSystemPrints(String name, String... parts) throws Exception {
        Transcript run = testSystem(name);
        assertTrue(run.halted(), run.text());
        for (String part : parts) assertTrue(run.text().contains(part), run.text());
    }

    /**
     * Boots on our emulator and, once the first prompt is on the console, types the input (all at once, as the QEMU
     * run does: typed earlier, it would meet the kernel's UART set-up, which empties the receive FIFO).
     */
    static Run typing(byte[] elf, String input) throws Exception {
        StringBuilder console = new StringBuilder();
        Machine machine = toThePrompt(elf, console, BUDGET);
        for (byte b : input.getBytes(StandardCharsets.US_ASCII)) machine.uart().pushInput(b & 0xff);
        Transcript end = machine.runToEnd(BUDGET);
        return new Run(console.toString(), end.halted(), end.exitStatus());
    }

    /** The same on QEMU: the image booted, the input typed once the first prompt is on the console. */
    static Qemu.Run qemuTyping(byte[] elf, String input) throws Exception {
        Path image = Files.createTempFile("mkplay-system", ".elf");
        try {
            Files.write(image, elf);
            return Qemu.bootTyping(image, PROMPT, input.getBytes(StandardCharsets.US_ASCII));
        } finally {
            Files.deleteIfExists(image);
        }
    }

    /** Instructions retired until the shell's first prompt is on the console (steps of 1,000). */
    static long instructionsToPrompt(byte[] elf) throws Exception {
        return toThePrompt(elf, new StringBuilder(), 10 * BOOT_BUDGET)
                .counters()
                .instructions();
    }

    /**
     * Boots the image on a fresh machine, its console into {@code console}, until the shell's prompt is there, it
     * powers off, or it has retired {@code limit} instructions (checked every 1,000).
     */
    private static Machine toThePrompt(byte[] elf, StringBuilder console, long limit) throws Exception {
        Machine machine = new Machine();
        machine.setOutput(b -> console.append((char) b));
        machine.load(elf);
        while (console.indexOf(PROMPT) < 0 && machine.counters().instructions() < limit && !machine.halted()) {
            machine.run(1_000);
        }
        return machine;
    }

    /**
     * The console from the supervisor's first line on, with code addresses, frame counts and ps's instruction counts
     * made neutral (the counts are checked on their own: DefaultSystemTest's
     * {@code psCountsGrowAndTheBusyShellOutrunsTheIdleKv}).
     */
    static String session(String console) {
        int start = console.indexOf("supervisor: started");
        assertTrue(start >= 0, console);
        return neutralInstructions(console.substring(start))
                .replaceAll("pc 0x[0-9a-f]+", "pc 0xPC")
                .replaceAll("\\d+ frames in use", "N frames in use");
    }

    /** A row of ps's table: name, state, priority, instructions, faults, restarts. */
    static final Pattern PS_ROW = Pattern.compile("(?m)^(\\w+) +(\\w+) +(\\d+) +(\\d+) +(\\d+) +(\\d+)$");

    /**
     * ps's instruction column as N: the counts are instret's (docs/kernel.md, "Instruction accounting"), which QEMU's
     * TCG does not count as our emulator does, and which move with every change of the code.
     */
    static String neutralInstructions(String console) {
        return PS_ROW.matcher(console)
                .replaceAll(r -> String.format(
                        "%-12s%-9s%-5s%-14s%-8s%s", r.group(1), r.group(2), r.group(3), "N", r.group(5), r.group(6)));
    }
}
