package org.mkplay.toolchain;

import org.mkplay.toolchain.elf.ElfWriter;
import org.mkplay.toolchain.link.LinkedImage;
import org.mkplay.toolchain.link.SymbolInfo;

/** Phase 7: the linked image as an ELF: two PT_LOAD segments (.text RX, .data RW), the entry at the base, symbols. */
final class ElfImage {
    private ElfImage() {}

    static byte[] write(LinkedImage image) {
        long base = image.base(), dataAddr = image.dataAddress();
        byte[] text = image.text(), data = image.data();
        ElfWriter w = new ElfWriter().entry(base);
        int t = w.addSegment(
                new ElfWriter.Segment(".text", base, base, text, text.length, ElfWriter.PF_R | ElfWriter.PF_X));
        int d = w.addSegment(new ElfWriter.Segment(
                ".data", dataAddr, dataAddr, data, data.length + image.heapTail(), ElfWriter.PF_R | ElfWriter.PF_W));
        for (SymbolInfo s : image.symbols()) {
            int segment = s.address() >= dataAddr ? d : t;
            w.addSymbol(new ElfWriter.Symbol(s.name(), s.address(), s.size(), s.function(), segment));
        }
        return w.write();
    }
}
