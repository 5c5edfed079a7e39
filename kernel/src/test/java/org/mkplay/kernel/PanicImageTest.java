package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.link.SymbolInfo;

/**
 * A test variant of the image ({@link FaultingBoot}: the kernel's classes plus that entry) loads from an address
 * its page tables leave unmapped; on our emulator and on QEMU the kernel reports the load page fault (stval: the
 * address) in one panic line and powers off with status 1.
 */
@NeedsHostTools
class PanicImageTest {
    static final Path KERNEL_CLASSES = Path.of("target", "classes");
    static final Path ENTRY_CLASS = Path.of("target", "test-classes", "org", "mkplay", "kernel", "FaultingBoot.class");
    static final Pattern PANIC =
            Pattern.compile("panic: load page fault \\(scause 0xd\\) at sepc 0x([0-9a-f]+), stval 0xc000000\n");

    @Test
    void aLoadFromAnUnmappedAddressPanicsWithAPageFaultNamingStval(@TempDir Path dir) throws Exception {
        CompileResult image = KernelImage.compile(kernelWithFaultingEntry(dir), FaultingBoot.class.getName());
        byte[] elf = image.elf();
        Boards.EmulatorRun ours = Boards.emulator(elf);
        String banner = KernelImageBootTest.bootLines(KernelImage.layout(elf));
        assertTrue(ours.console().startsWith(banner), ours.console());
        Matcher panic = PANIC.matcher(ours.console().substring(banner.length()));
        assertTrue(panic.matches(), ours.console());
        assertEquals("org.mkplay.kernel.FaultingBoot.main", methodAt(image, Long.parseLong(panic.group(1), 16)));
        assertEquals(Panic.STATUS, ours.exit());

        Boards.QemuRun qemu = Boards.qemu(elf);
        assertEquals(ours.console(), qemu.console());
        assertEquals(Panic.STATUS, qemu.exit());
        System.out.print(ours.console());
    }

    /** A class directory with the kernel's classes and the faulting entry. */
    private static Path kernelWithFaultingEntry(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(KERNEL_CLASSES)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path copy = dir.resolve(KERNEL_CLASSES.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        Files.copy(ENTRY_CLASS, dir.resolve("org/mkplay/kernel/FaultingBoot.class"));
        return dir;
    }

    /** The method whose code holds pc, as "pkg.Class.name". */
    private static String methodAt(CompileResult image, long pc) {
        for (SymbolInfo s : image.symbols()) {
            if (s.function() && pc >= s.address() && pc < s.address() + s.size())
                return s.name().replaceAll("\\(.*", "");
        }
        return "no method at 0x" + Long.toHexString(pc);
    }
}
