package org.mkplay.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The module's build step (system/pom.xml, process-classes): copies the kernel image next to the classes and
 * builds the default system from {@code default/system.json} into {@code default-system.elf}, and once per other
 * placement preset into {@code default-system-kernel.elf} and {@code default-system-mixed.elf}, so all ship in the
 * jar. Arguments: the kernel's ELF, the output directory (target/classes/org/mkplay/system).
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
        Path manifest = out.resolve("default").resolve("system.json");
        Files.write(out.resolve("default-system.elf"), SystemBuilder.build(manifest, kernel));
        for (String preset : Placements.PRESETS) {
            if (preset.equals("user")) continue; // the manifest's own placement: default-system.elf
            Files.write(
                    out.resolve(SystemBuilder.defaultResource(preset).replaceAll(".*/", "")),
                    SystemBuilder.build(manifest, kernel, Placements.preset(preset)));
        }
    }
}
