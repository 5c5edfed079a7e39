package org.mkplay.toolchain.elf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian RISC-V tools and QEMU for tests; a missing tool fails the test (never skips). */
public final class ExternalTools {
    private ExternalTools() {}

    /** Output (stdout+stderr) and exit code of a finished process. */
    public record Result(String output, int exitCode) {}

    public static Result run(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[][] holder = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                holder[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                holder[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join();
            throw new AssertionError(String.join(" ", command) + " timed out; output so far: "
                + new String(holder[0] == null ? new byte[0] : holder[0], StandardCharsets.UTF_8));
        }
        reader.join();
        return new Result(new String(holder[0], StandardCharsets.UTF_8), p.exitValue());
    }

    public static Path temp(byte[] elf) throws IOException {
        Path f = Files.createTempFile("mkplay", ".elf");
        Files.write(f, elf);
        f.toFile().deleteOnExit();
        return f;
    }

    /** Boots the image on qemu-system-riscv64 -machine virt -bios none; returns console output and exit code. */
    public static Result qemu(byte[] elf) throws IOException, InterruptedException {
        Path f = temp(elf);
        List<String> cmd = new ArrayList<>(List.of("qemu-system-riscv64", "-machine", "virt", "-bios", "none",
            "-nographic", "-monitor", "none", "-serial", "stdio", "-kernel", f.toString()));
        return run(60, cmd.toArray(String[]::new));
    }
}
