package org.mkplay.emulator.loader;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small ELF64 files for the loader tests, field by field after the System V gABI tables
 * (ELF header, program header, section header, symbol table entry). Layout: header, program
 * headers, segment bytes, symbol table, string table, section headers (null, .symtab, .strtab).
 */
final class ElfBuilder {
    static final int EHDR = 64, PHDR = 56, SHDR = 64, SYM = 24;
    static final int STT_OBJECT = 1, STT_FUNC = 2;
    byte elfClass = 2, dataEncoding = 1;
    int type = 2, machine = 243;
    long entry = 0x8000_0000L;

    private record Segment(long address, byte[] bytes, long memorySize) {}

    private record Symbol(String name, long value, long size, int type) {}

    private final List<Segment> segments = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();

    ElfBuilder segment(long address, byte[] bytes, long memorySize) {
        segments.add(new Segment(address, bytes, memorySize));
        return this;
    }

    /** A segment holding 32-bit little-endian instruction words. */
    ElfBuilder code(long address, int... words) {
        ByteBuffer b = ByteBuffer.allocate(4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        return segment(address, b.array(), 4L * words.length);
    }

    ElfBuilder symbol(String name, long value, long size, int symbolType) {
        symbols.add(new Symbol(name, value, size, symbolType));
        return this;
    }

    /** Offsets of the parts, for tests that corrupt one of them. */
    int programHeaders() {
        return EHDR;
    }

    int segmentData(int index) {
        int offset = EHDR + PHDR * segments.size();
        for (int i = 0; i < index; i++) {
            offset += segments.get(i).bytes().length;
        }
        return offset;
    }

    byte[] build() {
        byte[] strings = stringTable();
        int symtab = segmentData(segments.size());
        int strtab = symtab + SYM * (symbols.size() + 1);
        int sections = strtab + strings.length;
        ByteBuffer b = ByteBuffer.allocate(sections + 3 * SHDR).order(ByteOrder.LITTLE_ENDIAN);
        header(b, sections);
        for (int i = 0; i < segments.size(); i++) {
            programHeader(b, segments.get(i), segmentData(i));
        }
        segments.forEach(s -> b.put(s.bytes()));
        symbolTable(b);
        b.put(strings);
        b.position(b.position() + SHDR); // section 0: SHT_NULL
        sectionHeader(b, 2, symtab, SYM * (symbols.size() + 1L), 2, SYM); // .symtab, linked to section 2
        sectionHeader(b, 3, strtab, strings.length, 0, 0); // .strtab
        return b.array();
    }

    private void header(ByteBuffer b, int sectionHeaders) {
        b.put(new byte[] {0x7F, 'E', 'L', 'F', elfClass, dataEncoding, 1, 0});
        b.position(16);
        b.putShort((short) type).putShort((short) machine).putInt(1).putLong(entry);
        b.putLong(EHDR).putLong(sectionHeaders).putInt(0);
        b.putShort((short) EHDR).putShort((short) PHDR).putShort((short) segments.size());
        b.putShort((short) SHDR).putShort((short) 3).putShort((short) 0);
    }

    private static void programHeader(ByteBuffer b, Segment s, long offset) {
        b.putInt(1).putInt(7).putLong(offset).putLong(s.address()).putLong(s.address());
        b.putLong(s.bytes().length).putLong(s.memorySize()).putLong(8);
    }

    private byte[] stringTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        for (Symbol s : symbols) {
            out.writeBytes(s.name().getBytes(StandardCharsets.US_ASCII));
            out.write(0);
        }
        return out.toByteArray();
    }

    private void symbolTable(ByteBuffer b) {
        b.position(b.position() + SYM); // symbol 0 is the null symbol
        int name = 1;
        for (Symbol s : symbols) {
            b.putInt(name).put((byte) (1 << 4 | s.type())).put((byte) 0).putShort((short) 1);
            b.putLong(s.value()).putLong(s.size());
            name += s.name().length() + 1;
        }
    }

    private static void sectionHeader(ByteBuffer b, int type, long offset, long size, int link, int entrySize) {
        b.putInt(0).putInt(type).putLong(0).putLong(0).putLong(offset).putLong(size);
        b.putInt(link).putInt(0).putLong(8).putLong(entrySize);
    }
}
