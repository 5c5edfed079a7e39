package org.mkplay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's hart has only what our emulator implements: an instruction of an extension QEMU 7.2 turns on by
 * default (Zba's sh1add) raises illegal-instruction on it, while CSRs of extensions we implement — Sstc's stimecmp,
 * Sdtrig's tselect — do not. The guest reports through the finisher's exit status.
 */
@NeedsHostTools
class QemuCpuTest {
    /** M-mode: mtvec at a handler that exits 7; the probed instruction; exit 0 if it did not trap. */
    private static final String PROBE = """
            .globl _start
            _start:
              la t0, trapped
              csrw mtvec, t0
              %s
              li a1, 0x5555
              j finish
            trapped:
              li a1, (7 << 16) | 0x3333
            finish:
              li t1, 0x100000
              sw a1, 0(t1)
            1: j 1b
            """;

    @TempDir
    Path directory;

    @Test
    void zbaIsOff() {
        assertEquals(7, probe("sh1add a0, a0, a0").exitStatus());
    }

    @Test
    void debugTriggersAreOn() {
        assertEquals(0, probe("csrr a0, tselect").exitStatus());
    }

    @Test
    void sstcIsOn() {
        assertEquals(0, probe("csrr a0, stimecmp").exitStatus());
    }

    private Qemu.Run probe(String instruction) {
        try {
            Files.writeString(directory.resolve("probe.s"), PROBE.formatted(instruction));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Duration minute = Duration.ofMinutes(1);
        HostTool.run(
                        minute,
                        directory,
                        List.of("riscv64-unknown-elf-as", "-march=rv64imac_zicsr_zba", "-o", "probe.o", "probe.s"))
                .requireSuccess();
        HostTool.run(
                        minute,
                        directory,
                        List.of("riscv64-unknown-elf-ld", "-Ttext=0x80000000", "-o", "probe.elf", "probe.o"))
                .requireSuccess();
        return Qemu.boot(directory.resolve("probe.elf"), minute);
    }
}
