package org.mkplay.toolchain;

import java.util.ArrayList;
import java.util.List;
import org.mkplay.riscv.isa.Disassembler;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.SourceTag;
import org.mkplay.toolchain.link.LinkedImage;

/** Phase 8: every instruction of the text with its source position (none for the assembly routines) and disassembly. */
final class Listing {
    private Listing() {}

    static List<ListingLine> of(LinkedImage image) {
        byte[] bytes = image.bytes();
        List<ListingLine> out = new ArrayList<>();
        for (Assembler.Instruction i : image.instructions()) {
            if (i.offset() >= image.dataStart()) continue;
            int word = (bytes[i.offset()] & 0xff)
                    | (bytes[i.offset() + 1] & 0xff) << 8
                    | (bytes[i.offset() + 2] & 0xff) << 16
                    | (bytes[i.offset() + 3] & 0xff) << 24;
            long pc = image.base() + i.offset();
            SourceTag tag = i.tag();
            out.add(new ListingLine(
                    tag == null ? null : tag.file(),
                    tag == null ? 0 : tag.line(),
                    tag == null ? "runtime" : tag.method(),
                    pc,
                    word,
                    Disassembler.disassemble(word, pc)));
        }
        return out;
    }
}
