package org.mkplay.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The module's build step (system/pom.xml, process-classes): copies the kernel image next to the classes and
 * builds the default system from {@code default/system.json} into {@code default-system.elf}, so both ship in
 * the jar. Arguments: the kernel's ELF, the output directory (target/classes/org/mkplay/system).
 */
public final class BuildDefaultSystem {
    private BuildDefaultSystem() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2)
            throw new IllegalArgumentException("usage: BuildDefaultSystem KERNEL.elf OUTPUT_DIRECTORY");
        byte[] kernel = Files.readAllBytes(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Files.write(out.resolve("kernel.elf"), kernel);
        Files.write(
                out.resolve("default-system.elf"),
                SystemBuilder.build(out.resolve("default").resolve("system.json"), kernel));
    }
}
