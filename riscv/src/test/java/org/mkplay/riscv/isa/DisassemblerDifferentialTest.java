package org.mkplay.riscv.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;

/**
 * Differential test against GNU objdump (binutils-riscv64-unknown-elf), which nobody here wrote:
 * the corpus is written to a raw binary, objdump disassembles it as RV64 at 0x8000_0000, and every
 * line must equal our disassembly (after turning objdump's mnemonic tab into a space and dropping
 * its "# 0x..." comments, which need state from earlier instructions; see {@link Disassembler}).
 */
@NeedsHostTools
class DisassemblerDifferentialTest {
    private static final String OBJDUMP = "riscv64-unknown-elf-objdump";
    private static final long BASE = 0x8000_0000L;
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t[0-9a-f ]+\\t(.*)$");

    @TempDir
    Path directory;

    @Test
    void matchesGnuObjdumpOnEveryForm() throws Exception {
        InstructionCorpus corpus = new InstructionCorpus(20261125L);
        Path image = directory.resolve("corpus.bin");
        Files.write(image, corpus.image());
        List<String> objdump = runObjdump(image);

        List<Integer> instructions = corpus.instructions();
        assertEquals(instructions.size(), objdump.size(), "objdump printed a different number of instructions");
        List<String> mismatches = new ArrayList<>();
        long pc = BASE;
        for (int i = 0; i < instructions.size(); i++) {
            int instruction = instructions.get(i);
            String ours = Disassembler.disassemble(instruction, pc);
            String theirs = objdump.get(i);
            if (!theirs.equals(Long.toHexString(pc) + " " + ours)) {
                mismatches.add(String.format("%08x: objdump [%s] ours [%s]", instruction, theirs, ours));
            }
            pc += Disassembler.length(instruction);
        }
        assertTrue(
                mismatches.isEmpty(),
                mismatches.size() + " of " + instructions.size() + " differ from " + objdumpVersion()
                        + " (the disassembler follows binutils 2.40, Debian bookworm), e.g.\n"
                        + String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))));
    }

    /** objdump's lines as "address text", text normalised as described above. */
    private List<String> runObjdump(Path image) {
        HostTool.Result objdump = HostTool.run(
                Duration.ofSeconds(120),
                directory,
                List.of(
                        OBJDUMP,
                        "-D",
                        "-b",
                        "binary",
                        "-m",
                        "riscv:rv64",
                        "--adjust-vma=0x" + Long.toHexString(BASE),
                        image.toString()));
        assertEquals(0, objdump.exitStatus(), "objdump failed: " + objdump.everything());
        List<String> lines = new ArrayList<>();
        for (String line : objdump.out().split("\n")) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.matches()) {
                String text =
                        matcher.group(2).replaceFirst("\\s+#.*$", "").trim().replaceFirst("\t", " ");
                lines.add(matcher.group(1) + " " + text);
            }
        }
        return lines;
    }

    private static String objdumpVersion() {
        return HostTool.run(Duration.ofSeconds(30), List.of(OBJDUMP, "--version"))
                .out()
                .lines()
                .findFirst()
                .orElse("unknown objdump");
    }
}
