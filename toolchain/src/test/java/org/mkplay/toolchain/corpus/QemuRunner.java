package org.mkplay.toolchain.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** qemu-system-riscv64 -machine virt -bios none, console on stdio; the SiFive finisher ends QEMU with the status. */
public final class QemuRunner implements GuestRunner {
    @Override
    public String name() {
        return "qemu";
    }

    @Override
    public Outcome run(byte[] elf) throws Exception {
        Path image = Files.createTempFile("mkplay-guest", ".elf");
        try {
            Files.write(image, elf);
            ChildProcess.Outcome r = ChildProcess.run(120, List.of("qemu-system-riscv64", "-machine", "virt",
                "-bios", "none", "-nographic", "-monitor", "none", "-serial", "stdio", "-kernel", image.toString()));
            if (r.stderr().length > 0) {
                throw new AssertionError("QEMU complained: " + new String(r.stderr(), StandardCharsets.UTF_8));
            }
            return new Outcome(r.stdout(), r.exit());
        } finally {
            Files.deleteIfExists(image);
        }
    }
}
