package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.loader.ElfImage;
import org.mkplay.emulator.loader.ElfLoader;
import org.mkplay.toolchain.CompileResult;

/** vmmagic.Image: each method is one address computation, and yields the bounds the ELF's program headers give. */
class ImageIntrinsicTest {
    private static final String SOURCE = String.join(
            "\n",
            "import org.mkplay.vmmagic.*;",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    print(textStart()); print(textEnd()); print(dataStart()); print(end());",
            "  }",
            "  static void print(Address a) { System.out.println(Long.toHexString(a.toLong())); }",
            "  static Address textStart() { return Image.textStart(); }",
            "  static Address textEnd() { return Image.textEnd(); }",
            "  static Address dataStart() { return Image.dataStart(); }",
            "  static Address end() { return Image.end(); }",
            "}",
            "");

    private static final CompileResult COMPILED = KernelRuns.compile(SOURCE);

    @Test
    void eachBoundIsOneAuipcAndAddi() {
        for (String method : List.of("textStart", "textEnd", "dataStart", "end")) {
            assertEquals(List.of("auipc", "add", "ret"), mnemonics("Main." + method), method + " (addi shows as add)");
        }
    }

    @Test
    void theBoundsAreTheElfSegments() throws Exception {
        ElfImage elf = ElfLoader.parse(COMPILED.elf());
        ElfImage.Segment text = elf.segments().stream()
                .filter(s -> s.physicalAddress == elf.entry())
                .findFirst()
                .orElseThrow();
        ElfImage.Segment data =
                elf.segments().stream().filter(s -> s != text).findFirst().orElseThrow();
        assertEquals(2, elf.segments().size());
        String expected = hex(text.physicalAddress)
                + hex(text.physicalAddress + text.memorySize)
                + hex(data.physicalAddress)
                + hex(data.physicalAddress + data.memorySize);
        assertEquals(expected, KernelRuns.emulator(COMPILED.elf()).output());
    }

    private static String hex(long address) {
        return Long.toHexString(address) + "\n";
    }

    private static List<String> mnemonics(String method) {
        return COMPILED.listing().stream()
                .filter(l -> l.method().equals(method) && l.file() != null)
                .map(l -> l.disassembly().split("\\s+")[0])
                .collect(Collectors.toList());
    }
}
