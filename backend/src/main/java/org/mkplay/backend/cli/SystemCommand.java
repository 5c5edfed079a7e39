package org.mkplay.backend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.system.ManifestException;
import org.mkplay.system.Placements;
import org.mkplay.system.SystemBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code mkplay system MANIFEST -o OUT.elf}: compiles a system's programs and packs them with the kernel. */
@Command(
        name = "system",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Build a system image: the programs a manifest lists (docs/system-images.md), compiled with the"
                    + " user profile and packed with the kernel into one bootable ELF (boot it with mkplay run)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:built",
            "1:the output cannot be written",
            "2:a bad manifest or a program that does not compile"
        })
public final class SystemCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ImageOutput output;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The system's manifest (JSON).")
    Path manifest;

    @Option(
            names = "--placement",
            paramLabel = "SPEC",
            description = "Where the servers run, overriding the manifest: user (all in user space), kernel (every"
                    + " server that can be, in the kernel), mixed (files and kv in the kernel), or NAME=user|kernel"
                    + " pairs separated by commas. Default: the manifest's placement fields.")
    String placement;

    /** The --placement option as Placements (an IllegalArgumentException names what is wrong). */
    static Placements placements(String spec) {
        if (spec == null) return Placements.MANIFEST;
        if (!spec.contains("=")) return Placements.preset(spec);
        Map<String, String> byName = new LinkedHashMap<>();
        for (String pair : spec.split(",", -1)) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2 || kv[0].isBlank())
                throw new IllegalArgumentException("'" + pair + "' is not NAME=user or NAME=kernel");
            if (byName.put(kv[0].trim(), kv[1].trim()) != null)
                throw new IllegalArgumentException("'" + kv[0].trim() + "' is placed twice");
        }
        return Placements.of(byName);
    }

    @Override
    public Integer call() {
        byte[] image;
        try {
            if (!Files.isRegularFile(manifest)) {
                main.io().err().println("mkplay system: no manifest " + manifest);
                return 2;
            }
            image = SystemBuilder.build(manifest, SystemBuilder.kernelImage(), placements(placement));
        } catch (IllegalArgumentException e) {
            main.io().err().println("mkplay system: --placement: " + e.getMessage());
            return 2;
        } catch (ManifestException e) {
            main.io().err().println("mkplay system: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            main.io().err().println("mkplay system: cannot read " + manifest + ": " + e.getMessage());
            return 2;
        }
        try {
            Files.write(output.path, image);
        } catch (IOException e) {
            main.io().err().println("mkplay system: cannot write " + output.path + ": " + e.getMessage());
            return 1;
        }
        main.io().out().println("mkplay system: wrote " + output.path + " (" + image.length + " bytes)");
        return 0;
    }
}
