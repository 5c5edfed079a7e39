package org.mkplay.emulator.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses ELF64 little-endian RISC-V executables (System V gABI; RISC-V psABI: e_machine 243).
 * Every malformed or unsupported image is rejected with an {@link ElfException} naming the
 * problem; no index is trusted before it is checked against the file size.
 */
public final class ElfLoader {
    private static final int EM_RISCV = 243, ET_EXEC = 2, PT_LOAD = 1, SHT_SYMTAB = 2, STT_FUNC = 2;

    private final byte[] file;

    private ElfLoader(byte[] file) {
        this.file = file;
    }

    public static ElfImage parse(byte[] file) throws ElfException {
        return new ElfLoader(file).parse();
    }

    private ElfImage parse() throws ElfException {
        checkHeader();
        long entry = u64(24);
        List<ElfImage.Segment> segments = segments();
        if (segments.isEmpty()) {
            throw new ElfException("ELF image has no loadable (PT_LOAD) segment");
        }
        Map<String, Long> symbols = new HashMap<>();
        List<ElfImage.Symbol> functions = new ArrayList<>();
        readSymbols(symbols, functions);
        return new ElfImage(entry, segments, symbols, functions);
    }

    private void checkHeader() throws ElfException {
        if (file.length < 4 || file[0] != 0x7F || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
            throw new ElfException("not an ELF file (bad magic number)");
        }
        if (file.length < 64) {
            throw new ElfException("truncated ELF file: the ELF header needs 64 bytes, the file has " + file.length);
        }
        if (file[4] != 2) {
            throw new ElfException("not a 64-bit ELF file (ELFCLASS" + (file[4] == 1 ? "32" : "?") + ")");
        }
        if (file[5] != 1) {
            throw new ElfException("not a little-endian ELF file");
        }
        if (u16(18) != EM_RISCV) {
            throw new ElfException("not a RISC-V ELF file (e_machine " + u16(18) + ", expected 243)");
        }
        if (u16(16) != ET_EXEC) {
            throw new ElfException("not an executable ELF file (e_type " + u16(16) + ", expected ET_EXEC)");
        }
    }

    private List<ElfImage.Segment> segments() throws ElfException {
        long phoff = u64(32);
        int phentsize = u16(54), phnum = u16(56);
        List<ElfImage.Segment> result = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            long header = phoff + (long) i * phentsize;
            need(header, 56, "program header " + i);
            if (u32(header) != PT_LOAD || u64(header + 40) == 0) {
                continue;
            }
            long offset = u64(header + 8),
                    paddr = u64(header + 24),
                    filesz = u64(header + 32),
                    memsz = u64(header + 40);
            need(offset, filesz, "segment " + i);
            if (filesz > memsz || memsz > Integer.MAX_VALUE) {
                throw new ElfException("segment " + i + " has file size " + filesz + " > memory size " + memsz);
            }
            byte[] data = new byte[(int) filesz];
            System.arraycopy(file, (int) offset, data, 0, (int) filesz);
            result.add(new ElfImage.Segment(paddr, memsz, data));
        }
        return result;
    }

    private void readSymbols(Map<String, Long> symbols, List<ElfImage.Symbol> functions) throws ElfException {
        long shoff = u64(40);
        int shentsize = u16(58), shnum = u16(60);
        for (int i = 0; i < shnum; i++) {
            long header = shoff + (long) i * shentsize;
            need(header, 64, "section header " + i);
            if (u32(header + 4) != SHT_SYMTAB) {
                continue;
            }
            long strtabHeader = shoff + (long) u32(header + 40) * shentsize;
            need(strtabHeader, 64, "string table header");
            long strOffset = u64(strtabHeader + 24), strSize = u64(strtabHeader + 32);
            need(strOffset, strSize, "string table");
            long offset = u64(header + 24), size = u64(header + 32);
            need(offset, size, "symbol table");
            for (long entry = offset; entry + 24 <= offset + size; entry += 24) {
                String name = string(strOffset, strSize, u32(entry));
                if (!name.isEmpty() && u16(entry + 6) != 0) {
                    long value = u64(entry + 8);
                    symbols.putIfAbsent(name, value);
                    if ((file[(int) entry + 4] & 15) == STT_FUNC) {
                        functions.add(new ElfImage.Symbol(name, value, u64(entry + 16)));
                    }
                }
            }
        }
    }

    private String string(long tableOffset, long tableSize, long index) throws ElfException {
        if (index >= tableSize) {
            throw new ElfException("symbol name index " + index + " outside the string table");
        }
        StringBuilder name = new StringBuilder();
        for (long p = tableOffset + index; p < tableOffset + tableSize && file[(int) p] != 0; p++) {
            name.append((char) (file[(int) p] & 0xFF));
        }
        return name.toString();
    }

    private void need(long offset, long length, String what) throws ElfException {
        if (offset < 0 || length < 0 || offset + length > file.length) {
            throw new ElfException("truncated ELF file: " + what + " lies outside the file");
        }
    }

    private int u16(long at) {
        return (file[(int) at] & 0xFF) | (file[(int) at + 1] & 0xFF) << 8;
    }

    private long u32(long at) {
        return (u16(at) | (long) u16(at + 2) << 16) & 0xFFFF_FFFFL;
    }

    private long u64(long at) {
        return u32(at) | u32(at + 4) << 32;
    }
}
