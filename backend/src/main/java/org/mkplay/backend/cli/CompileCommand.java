package org.mkplay.backend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mkplay.backend.Main;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.link.GcOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mkplay compile}: Java sources (or a directory of sources or class files) to an RV64 ELF image.
 * Like javac, it is silent on success and prints {@code File.java:line: error: message} lines on failure.
 * Exit status: 0 compiled, 1 compile errors, 2 unusable arguments (missing input, unwritable output).
 */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = "Compile Java sources (or a class directory) to an RV64 ELF image.")
public final class CompileCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(
            names = "--profile",
            defaultValue = "standalone",
            paramLabel = "PROFILE",
            description = "standalone (bare-metal main), kernel or user (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(
            names = "--main",
            paramLabel = "CLASS",
            description = "Class whose main(String[]) is the entry (default: the only class that has one).")
    String mainClass;

    @Mixin
    ImageOutput output;

    @Option(
            names = "--listing",
            paramLabel = "FILE",
            description = "Also write the listing: source line, method, address, encoding, disassembly.")
    Path listing;

    @Option(
            names = "--ir",
            paramLabel = "FILE",
            description = "Also write the optimised IR of every compiled method (what the code was generated from).")
    Path ir;

    @Option(
            names = "--heap",
            paramLabel = "BYTES",
            description =
                    "Heap size, a multiple of 8 of at least 4096 (default: all RAM below the stack; user: 128 KiB).")
    long heap;

    @Option(
            names = "--gc-stress",
            paramLabel = "N",
            description = "Debug: collect every N-th allocation and check the whole heap after every collection.")
    int gcStress;

    @Parameters(
            arity = "1..*",
            paramLabel = "SOURCES.java|CLASSDIR",
            description = ".java files, or directories of .java or .class files.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintStream err = main.io().err();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("mkplay compile: no such file or directory: " + input);
                return 2;
            }
        }
        GcOptions gc;
        try {
            gc = new GcOptions(heap, gcStress > 0, gcStress);
        } catch (IllegalArgumentException e) {
            err.println("mkplay compile: " + e.getMessage());
            return 2;
        }
        CompileResult result;
        try {
            result = Compiler.compileFiles(inputs, profile, mainClass, gc);
        } catch (UncheckedIOException e) {
            err.println("mkplay compile: cannot read the input: " + e.getCause().getMessage());
            return 2;
        } catch (IllegalArgumentException e) { // a heap that does not fit below the stack
            err.println("mkplay compile: " + e.getMessage());
            return 2;
        }
        if (!result.ok()) {
            err.print(result.formattedDiagnostics());
            err.println(result.diagnostics().size() + (result.diagnostics().size() == 1 ? " error" : " errors"));
            return 1;
        }
        return write(result, err);
    }

    /** {@code 80000010: 00a00513  li a0,10    # Hello.main  Hello.java:3} (runtime glue has no source line). */
    static String format(ListingLine line) {
        String source = line.file() == null ? "" : "  " + line.file() + ":" + line.line();
        return String.format(
                "%08x: %08x  %-32s # %s%s", line.address(), line.encoding(), line.disassembly(), line.method(), source);
    }

    private int write(CompileResult result, PrintStream err) {
        try {
            Files.write(output.path, result.elf());
            if (listing != null) {
                StringBuilder text = new StringBuilder();
                for (ListingLine line : result.listing()) {
                    text.append(format(line)).append('\n');
                }
                Files.writeString(listing, text, StandardCharsets.UTF_8);
            }
            if (ir != null) {
                Files.writeString(ir, result.ir(), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (IOException e) {
            err.println("mkplay compile: cannot write " + e.getMessage());
            return 2;
        }
    }
}
