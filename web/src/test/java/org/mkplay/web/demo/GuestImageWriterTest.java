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

    @Test
    void writesTheDemoTheWorkloadsAndTheirIndex(@TempDir Path out) throws IOException {
        GuestImageWriter.main(new String[] {out.toString()});

        assertArrayEquals(DemoImage.build(), Files.readAllBytes(out.resolve("demo.elf")));
        for (String workload : new String[] {IntegerLoopImage.NAME, MemorySumImage.NAME}) {
            byte[] image = Files.readAllBytes(out.resolve("bench").resolve(workload + ".elf"));
            assertArrayEquals(ELF_MAGIC, Arrays.copyOf(image, ELF_MAGIC.length), workload);
        }
        assertEquals("{\"workloads\": [\"integer-loop\", \"memory-sum\"]}\n",
                Files.readString(out.resolve("bench").resolve("index.json")));
    }
}
