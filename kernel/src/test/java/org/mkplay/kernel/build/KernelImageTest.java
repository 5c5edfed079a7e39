package org.mkplay.kernel.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.ListingLine;

/**
 * The image builder writes the linked ELF as is: where Vm asks vmmagic.Image for the segments' bounds, the
 * compiled kernel computes each with one auipc + addi, and the address is the bound its ELF's program headers give.
 */
class KernelImageTest {
    static final Path VM_SOURCE = Path.of("src", "main", "java", "org", "mkplay", "kernel", "Vm.java");
    static final String VM_BUILD = "org.mkplay.kernel.Vm.buildKernelSpace";
    static final Pattern BOUND_CALL = Pattern.compile("Image\\.(\\w+)\\(\\)");
    /** RV64 base opcodes (unprivileged specification, "RV32I Base Integer Instruction Set"). */
    static final int AUIPC = 0x17, OP_IMM = 0x13;

    static final CompileResult KERNEL = KernelImage.compile(Path.of("target", "classes"), KernelImage.MAIN_CLASS);

    @Test
    void theBuilderWritesTheLinkedElfUnchanged() throws IOException {
        assertEquals(List.of(), diffOffsets(KERNEL.elf(), Files.readAllBytes(Path.of("target", "kernel.elf"))));
    }

    @Test
    void eachBoundVmAsksForIsOneAddressComputationOfTheElfsBound() throws IOException {
        KernelImage.Layout layout = KernelImage.layout(KERNEL.elf());
        Map<String, Long> bounds = Map.of(
                "textStart",
                layout.textStart(),
                "textEnd",
                layout.textEnd(),
                "dataStart",
                layout.dataStart(),
                "end",
                layout.end());
        Map<Integer, String> calls = boundCallsIn(VM_BUILD.substring(VM_BUILD.lastIndexOf('.') + 1));
        assertEquals(List.of("textStart", "textEnd", "dataStart"), List.copyOf(calls.values()));
        int firstLine = calls.keySet().iterator().next();
        for (Map.Entry<Integer, String> call : calls.entrySet()) {
            List<ListingLine> code = KERNEL.listing().stream()
                    .filter(l -> l.method().equals(VM_BUILD) && l.line() == call.getKey())
                    .toList();
            // The method's entry (frame, class-initialisation check) is listed under its first line.
            List<ListingLine> own =
                    call.getKey() == firstLine ? code.subList(Math.max(0, code.size() - 2), code.size()) : code;
            assertEquals(bounds.get(call.getValue()), addressComputed(own), call.getValue() + ": " + code);
        }
        assertEquals(0x8000_0000L, layout.textStart());
    }

    /** Source line → bound name of each Image call in Vm's method (one per line, in the order written). */
    private static Map<Integer, String> boundCallsIn(String method) throws IOException {
        List<String> lines = Files.readAllLines(VM_SOURCE);
        int first = 0;
        while (!lines.get(first).endsWith(" " + method + "() {")) first++; // its declaration
        Map<Integer, String> calls = new TreeMap<>();
        for (int k = first; !lines.get(k).equals("    }"); k++) {
            Matcher m = BOUND_CALL.matcher(lines.get(k));
            if (m.find()) calls.put(k + 1, m.group(1));
        }
        return calls;
    }

    /** The address a line's code computes, which must be exactly auipc rd + addi rd, rd (and nothing else). */
    private static long addressComputed(List<ListingLine> code) {
        assertEquals(2, code.size(), "one auipc + addi");
        int auipc = code.get(0).encoding(), addi = code.get(1).encoding();
        int rd = auipc >>> 7 & 31;
        assertEquals(AUIPC, auipc & 0x7f);
        assertEquals(OP_IMM | rd << 7 | rd << 15, addi & 0xfffff, "addi rd, rd, imm (funct3 0)");
        return code.get(0).address() + (auipc & 0xffff_f000) + (addi >> 20);
    }

    private static List<Integer> diffOffsets(byte[] a, byte[] b) {
        assertEquals(a.length, b.length, "ELF size");
        List<Integer> offsets = new ArrayList<>();
        for (int k = 0; k < a.length; k++) if (a[k] != b[k]) offsets.add(k);
        return offsets;
    }
}
