package org.mkplay.backend.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code -o} option of the commands that write a bootable ELF image ({@code compile}, {@code system}), declared
 * once and mixed into each ({@code @Mixin}); what a write failure means stays each command's own exit status.
 */
final class ImageOutput {
    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT.elf",
            description = "The ELF image to write.")
    Path path;
}
