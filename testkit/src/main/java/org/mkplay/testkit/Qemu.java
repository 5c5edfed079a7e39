package org.mkplay.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one launcher of the reference machine: QEMU's {@code virt} board with one hart, 128 MiB, no firmware
 * ({@code -bios none}: the ELF starts in M-mode at its entry), the UART on standard output and no monitor. Every
 * differential test and the emulator benchmark boot through here, so they all compare against the same machine.
 */
public final class Qemu {
    public static final String EXECUTABLE = "qemu-system-riscv64";

    /**
     * The hart pinned to what our emulator implements: RV64IMAC with Zicsr, Zifencei, S and U modes, Sv39 and Sstc.
     * QEMU 7.2's {@code rv64} also has F, D, H, Zba/Zbb/Zbc/Zbs and Zihintpause on, and V off: every one of them is
     * turned off here, so an instruction or CSR we lack traps on both machines. PMP (enforced by both) and the
     * debug triggers (Sdtrig, which our hart implements as QEMU 7.2 does) stay on, as in QEMU's default {@code rv64}.
     */
    public static final String CPU = "rv64,f=off,d=off,v=off,h=off,zba=off,zbb=off,zbc=off,zbs=off,"
            + "Zihintpause=off,debug=on,sstc=on,pmp=on,mmu=on";

    /** Enough for every image the tests boot; a run that takes longer is a hang. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Qemu() {}

    /**
     * What a run on QEMU left: the UART's bytes (QEMU's standard output), the exit status (the SiFive test
     * finisher's code: 0 for 0x5555, N for (N << 16) | 0x3333) and what QEMU itself said on standard error.
     */
    public record Run(byte[] console, int exitStatus, String diagnostics) {
        /** The console as UTF-8 text. */
        public String text() {
            return new String(console, StandardCharsets.UTF_8);
        }

        /** The console one character per byte (ISO-8859-1), for byte-exact comparisons as text. */
        public String bytesAsText() {
            return new String(console, StandardCharsets.ISO_8859_1);
        }
    }

    /** The command line that boots {@code elf}, with {@code extra} arguments (devices, drives) at the end. */
    public static List<String> command(Path elf, String... extra) {
        List<String> command = new ArrayList<>(List.of(
                EXECUTABLE,
                "-machine",
                "virt",
                "-cpu",
                CPU,
                "-smp",
                "1",
                "-m",
                "128M",
                "-bios",
                "none",
                "-nographic",
                "-monitor",
                "none",
                "-kernel",
                elf.toString()));
        command.addAll(List.of(extra));
        return command;
    }

    /** Boots {@code elf} and waits until the guest powers the board off; still running after {@code timeout}, fails. */
    public static Run boot(Path elf, Duration timeout, String... extra) {
        HostTool.Result result = HostTool.run(timeout, elf.toAbsolutePath().getParent(), command(elf, extra));
        return new Run(result.stdout(), result.exitStatus(), result.err());
    }

    /**
     * Boots {@code elf} and, once its console shows {@code prompt}, types {@code input} into it (QEMU's standard input,
     * its serial port; kept open until the guest powers off), with the default timeout.
     */
    public static Run bootTyping(Path elf, String prompt, byte[] input, String... extra) {
        HostTool.Result result =
                HostTool.runTyping(TIMEOUT, elf.toAbsolutePath().getParent(), command(elf, extra), prompt, input);
        return new Run(result.stdout(), result.exitStatus(), result.err());
    }

    /** Boots an image held in memory (written to a temporary file for QEMU), with the default timeout. */
    public static Run boot(byte[] elf, String... extra) {
        Path image = null;
        try {
            image = Files.createTempFile("mkplay-qemu", ".elf");
            Files.write(image, elf);
            return boot(image, TIMEOUT, extra);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image for QEMU", e);
        } finally {
            if (image != null) {
                image.toFile().delete();
            }
        }
    }

    /** The first line of {@code qemu-system-riscv64 --version}. */
    public static String version() {
        String out = HostTool.run(Duration.ofSeconds(30), List.of(EXECUTABLE, "--version"))
                .requireSuccess()
                .out();
        return out.lines().findFirst().orElse(EXECUTABLE);
    }
}
