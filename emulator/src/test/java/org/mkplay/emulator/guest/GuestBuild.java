package org.mkplay.emulator.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.mkplay.testkit.HostTool;

/**
 * Builds the bare-metal test guests of src/test/guest with the GNU RISC-V toolchain, one gcc call per guest:
 * the shared runtime (start-up, UART printing, trap entries, Sv39 tables; the linker drops what a guest does
 * not use) plus the guest's own {@code <name>.c} and/or {@code <name>.S}. The ELF goes to
 * target/guests/<name>.elf and is rebuilt only when a source, header, the linker script or the command line
 * changed (a SHA-256 of all of them is kept beside it).
 */
public final class GuestBuild {
    /** The guest sources, relative to the emulator module (Surefire's working directory). */
    public static final Path GUEST_DIRECTORY = Path.of("src/test/guest").toAbsolutePath();

    private static final Path OUTPUT_DIRECTORY = Path.of("target/guests").toAbsolutePath();

    /** The compiler options of every guest and benchmark workload, one per line (bench/build.sh reads it too). */
    private static final String FLAGS_FILE = "gcc.flags";
    /** The shared runtime every guest links, relative to the guest directory. */
    public static final List<String> RUNTIME = List.of("crt0.S", "runtime.c", "modes.S", "modes.c", "paging.c");

    private GuestBuild() {}

    /** The ELF of guest {@code name}, built now unless an up-to-date one exists. */
    public static Path elf(String name) throws IOException, InterruptedException {
        List<String> command = command(name);
        Path elf = OUTPUT_DIRECTORY.resolve(name + ".elf");
        Path stamp = OUTPUT_DIRECTORY.resolve(name + ".sha256");
        String hash = inputHash(command);
        if (Files.exists(elf) && Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            return elf;
        }
        Files.createDirectories(OUTPUT_DIRECTORY);
        Files.deleteIfExists(stamp);
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("-o", elf.toString()));
        HostTool.Result outcome = HostTool.run(Duration.ofMinutes(2), GUEST_DIRECTORY, full);
        assertEquals(0, outcome.exitStatus(), "building guest " + name + " failed:\n" + outcome.everything());
        Files.writeString(stamp, hash);
        return elf;
    }

    private static List<String> command(String name) throws IOException {
        List<String> sources = new ArrayList<>();
        for (String extension : List.of(".c", ".S")) {
            if (Files.exists(GUEST_DIRECTORY.resolve(name + extension))) {
                sources.add(name + extension);
            }
        }
        if (sources.isEmpty()) {
            throw new IOException("no guest named " + name + " in " + GUEST_DIRECTORY);
        }
        List<String> command = new ArrayList<>();
        command.add(HostTool.locate("riscv64-unknown-elf-gcc").toString());
        command.addAll(Files.readAllLines(GUEST_DIRECTORY.resolve(FLAGS_FILE)));
        command.addAll(RUNTIME);
        command.addAll(sources);
        return command;
    }

    /** SHA-256 over the command line and every file of the guest directory (headers included). */
    private static String inputHash(List<String> command) throws IOException {
        MessageDigest digest = sha256();
        digest.update(String.join("\0", command).getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(GUEST_DIRECTORY)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
