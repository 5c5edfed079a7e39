package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.testkit.NeedsHostTools;

/**
 * The kernel's objects and logic ({@link LogicBoot}'s script: IPC, errors, a notification, a fault, a restart,
 * 1,000 random syscalls) give the same console transcript on the JVM, compiled by our toolchain on our
 * emulator, and on QEMU.
 */
@NeedsHostTools // every test compares with QEMU
class LogicImageTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    @Test
    void theCompiledLogicPrintsWhatTheJvmPrints(@TempDir Path dir) throws Exception {
        try {
            LogicBoot.main(new String[0]);
        } catch (SimulatedBoard.PowerOff off) {
            assertEquals(0, off.status);
        }
        String jvm = board.console.toString();
        assertTrue(jvm.contains("server got: info 0x700000002 words 10 20 badge 0x42\n"), jvm);
        assertTrue(jvm.endsWith("replies in use 0\nlogic: done\n"), jvm);

        byte[] elf = KernelImage.compile(withEntry(dir, "LogicBoot"), LogicBoot.class.getName())
                .elf();
        Boards.EmulatorRun ours = Boards.emulator(elf);
        assertEquals(jvm, ours.console());
        assertEquals(0, ours.exit());
        Boards.QemuRun qemu = Boards.qemu(elf);
        assertEquals(jvm, qemu.console());
        assertEquals(0, qemu.exit());
        System.out.print(jvm);
    }

    /** A class directory with the kernel's classes and a test entry class. */
    static Path withEntry(Path dir, String entry) throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path copy = dir.resolve(classes.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        Path test = Path.of("target", "test-classes", "org", "mkplay", "kernel");
        Files.copy(test.resolve(entry + ".class"), dir.resolve("org/mkplay/kernel/" + entry + ".class"));
        return dir;
    }
}
