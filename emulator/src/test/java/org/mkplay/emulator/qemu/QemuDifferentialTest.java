package org.mkplay.emulator.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.emulator.guest.GuestBuild;

/**
 * Runs each test guest of src/test/guest on QEMU. Every guest prints a deterministic transcript and checks
 * the values the specification fixes itself, ending with "OK".
 */
class QemuDifferentialTest {
    private static final Duration QEMU_TIMEOUT = Duration.ofSeconds(60);

    @ParameterizedTest
    @ValueSource(strings = {"csr"})
    void guestPassesOnQemu(String guest) throws Exception {
        Path elf = GuestBuild.elf(guest);
        Qemu.Transcript qemu = Qemu.run(elf, QEMU_TIMEOUT);
        assertEquals(0, qemu.exitStatus(), guest + " on QEMU:\n" + qemu.uart() + qemu.diagnostics());
        assertTrue(qemu.uart().endsWith("OK\n"), guest + " on QEMU:\n" + qemu.uart());
    }
}
