package org.mkplay.backend.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlockStoreTest {
    @TempDir
    Path dir;

    @Test
    void readsAndWritesTheFileInPlace() throws Exception {
        Path image = dir.resolve("disk.img");
        byte[] initial = new byte[2 * 512];
        for (int i = 0; i < initial.length; i++) initial[i] = (byte) i;
        Files.write(image, initial);
        try (FileBlockStore disk = FileBlockStore.open(image)) {
            assertEquals(1024, disk.size());
            assertFalse(disk.readOnly());
            byte[] sector1 = new byte[512];
            disk.read(512, sector1, 0, 512);
            assertEquals((byte) 512, sector1[0]);
            assertEquals((byte) 1023, sector1[511]);
            disk.write(510, new byte[] {'m', 'k', 'p', 'l'}, 0, 4);
        }
        byte[] after = Files.readAllBytes(image);
        assertEquals(1024, after.length, "the guest cannot grow the file");
        assertArrayEquals(new byte[] {'m', 'k', 'p', 'l'}, java.util.Arrays.copyOfRange(after, 510, 514));
        assertEquals((byte) 509, after[509]);
    }

    @Test
    void missingFileIsRefused() {
        assertThrows(NoSuchFileException.class, () -> FileBlockStore.open(dir.resolve("none.img")));
        assertThrows(NoSuchFileException.class, () -> FileBlockStore.open(dir));
    }
}
