package org.mkplay.backend.builds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mkplay.toolchain.ListingLine;

/** The RISC-V code per source line: for each file:line, the instructions compiled from it, in address order. */
public record Listing(String file, int line, List<Instruction> instructions) {
    public record Instruction(long address, String encoding, String text, String method) {}

    /** Groups the toolchain's listing by source line; runtime glue without a source line is left out. */
    public static List<Listing> of(List<ListingLine> lines) {
        Map<String, Map<Integer, List<Instruction>>> byFile = new TreeMap<>();
        for (ListingLine l : lines) {
            if (l.file() == null) continue;
            byFile.computeIfAbsent(l.file(), f -> new TreeMap<>())
                    .computeIfAbsent(l.line(), n -> new ArrayList<>())
                    .add(new Instruction(
                            l.address(), String.format("%08x", l.encoding()), l.disassembly(), l.method()));
        }
        List<Listing> out = new ArrayList<>();
        byFile.forEach((file, byLine) -> byLine.forEach((line, code) -> out.add(new Listing(file, line, code))));
        return out;
    }
}
