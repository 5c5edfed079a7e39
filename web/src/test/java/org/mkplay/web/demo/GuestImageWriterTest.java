package org.mkplay.web.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestImageWriterTest {
    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};
    /** Where the kernel module's build leaves its test images (web/pom.xml passes the same directory). */
    static final Path KERNEL_IMAGES = Path.of("..", "kernel", "target", "images");
    /** Where the system module's build leaves the default system (web/pom.xml passes the same directory). */
    static final Path SYSTEM_CLASSES = Path.of("..", "system", "target", "classes", "org", "mkplay", "system");

    @Test
    void aMissingSystemImageIsABuildErrorThatSaysWhy(@TempDir Path out) {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class,
                () -> GuestImageWriter.main(
                        new String[] {out.toString(), out.resolve("nowhere").toString(), SYSTEM_CLASSES.toString()}));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("kernel module"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class,
                () -> GuestImageWriter.main(new String[] {
                    out.toString(),
                    KERNEL_IMAGES.toString(),
                    out.resolve("nowhere").toString()
                }));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("system module"), e.getMessage());
    }

    @Test
    void writesTheDemoTheWorkloadsAndTheirIndexAndCopiesTheSystemImage(@TempDir Path out) throws IOException {
        GuestImageWriter.main(new String[] {out.toString(), KERNEL_IMAGES.toString(), SYSTEM_CLASSES.toString()});
        assertArrayEquals(
                Files.readAllBytes(KERNEL_IMAGES.resolve(GuestImageWriter.TRAFFIC_IMAGE)),
                Files.readAllBytes(out.resolve("traffic.elf")),
                "the kernel's image, unchanged");
        assertArrayEquals(
                Files.readAllBytes(SYSTEM_CLASSES.resolve(GuestImageWriter.DEFAULT_SYSTEM)),
                Files.readAllBytes(out.resolve("system.elf")),
                "the default system, unchanged");
        for (String placement : GuestImageWriter.PLACEMENTS) {
            assertArrayEquals(
                    Files.readAllBytes(SYSTEM_CLASSES.resolve("default-system-" + placement + ".elf")),
                    Files.readAllBytes(out.resolve("system-" + placement + ".elf")),
                    "the default system in placement " + placement);
        }

        assertArrayEquals(DemoImage.build(), Files.readAllBytes(out.resolve("demo.elf")));
        for (String workload :
                new String[] {"integer", "memory", "sv39-user", IntegerLoopImage.NAME, MemorySumImage.NAME}) {
            byte[] image = Files.readAllBytes(out.resolve("bench").resolve(workload + ".elf"));
            assertArrayEquals(ELF_MAGIC, Arrays.copyOf(image, ELF_MAGIC.length), workload);
        }
        assertArrayEquals(
                GuestImageWriterTest.class
                        .getResourceAsStream("/org/mkplay/bench/emulator/integer.elf")
                        .readAllBytes(),
                Files.readAllBytes(out.resolve("bench").resolve("integer.elf")),
                "the emulator's own workload, unchanged");
        assertEquals(
                "{\"workloads\": [\"integer\", \"memory\", \"sv39-user\", \"integer-loop\", \"memory-sum\"]}\n",
                Files.readString(out.resolve("bench").resolve("index.json")));
    }
}
