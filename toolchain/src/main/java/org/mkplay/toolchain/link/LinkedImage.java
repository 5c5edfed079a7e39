package org.mkplay.toolchain.link;

import java.util.Arrays;
import java.util.List;
import org.mkplay.toolchain.asm.Assembler;

/**
 * The linked program: {@code bytes} are loaded at {@code base}; the text segment is bytes [0, dataStart), the
 * data segment the rest (dataStart is page-aligned), followed in memory by {@code heapTail} zero bytes (the user
 * profile's heap; 0 otherwise). {@code instructions} are the emitted instructions in order, each with the source
 * position that produced it (for the listing).
 */
public record LinkedImage(
        byte[] bytes,
        long base,
        int dataStart,
        long heapTail,
        List<SymbolInfo> symbols,
        List<Assembler.Instruction> instructions) {
    public byte[] text() {
        return Arrays.copyOfRange(bytes, 0, dataStart);
    }

    public byte[] data() {
        return Arrays.copyOfRange(bytes, dataStart, bytes.length);
    }

    public long dataAddress() {
        return base + dataStart;
    }
}
