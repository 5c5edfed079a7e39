package org.mkplay.toolchain.elf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an ELF64 little-endian RISC-V executable (ET_EXEC, e_machine 243 EM_RISCV, e_flags EF_RISCV_RVC with
 * the soft-float ABI). Each segment becomes one PT_LOAD program header and one section of the same bytes;
 * symbols go to .symtab/.strtab, so objdump/readelf and our emulator's UI can show names.
 *
 * <p>File layout: ELF header, program headers, segment bytes (each at a file offset congruent to its
 * virtual address modulo 4 KiB), .symtab, .strtab, .shstrtab, section headers.
 */
public final class ElfWriter {
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;
    private static final int EM_RISCV = 243, EF_RISCV_RVC = 0x1, PAGE = 0x1000;

    /** A loadable segment; {@code memSize >= data.length}, the rest is zero-filled by the loader. */
    public record Segment(String sectionName, long vaddr, long paddr, byte[] data, long memSize, int flags) {}

    /** A symbol; {@code function} selects STT_FUNC, otherwise STT_OBJECT. {@code segment} is its segment index. */
    public record Symbol(String name, long value, long size, boolean function, int segment) {}

    private final List<Segment> segments = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private long entry;

    /**
     * A writer for the common bare-metal image: {@code code} as one read/execute {@code .text} segment at
     * {@code base} (virtual = physical), entered there through a {@code _start} function symbol. More
     * segments and symbols can still be added.
     */
    public static ElfWriter bareMetal(long base, byte[] code) {
        ElfWriter elf = new ElfWriter().entry(base);
        int text = elf.addSegment(new Segment(".text", base, base, code, code.length, PF_R | PF_X));
        elf.addSymbol(new Symbol("_start", base, code.length, true, text));
        return elf;
    }

    public ElfWriter entry(long address) {
        this.entry = address;
        return this;
    }

    /** Adds a PT_LOAD segment; returns its index (for symbols). */
    public int addSegment(Segment s) {
        if (s.memSize() < s.data().length)
            throw new IllegalArgumentException("segment " + s.sectionName() + ": memSize < data length");
        segments.add(s);
        return segments.size() - 1;
    }

    public ElfWriter addSymbol(Symbol s) {
        if (s.segment() < 0 || s.segment() >= segments.size())
            throw new IllegalArgumentException("symbol " + s.name() + ": no segment " + s.segment());
        symbols.add(s);
        return this;
    }

    public byte[] write() {
        int phoff = 64, phnum = segments.size();
        long cursor = phoff + 56L * phnum;
        long[] offsets = new long[phnum];
        for (int k = 0; k < phnum; k++) {
            Segment s = segments.get(k);
            cursor = congruent(cursor, s.vaddr());
            offsets[k] = cursor;
            cursor += s.data().length;
        }
        StringTable strtab = new StringTable();
        byte[] symtab = symtab(strtab);
        StringTable shstr = new StringTable();
        long symOff = align(cursor, 8);
        long strOff = symOff + symtab.length;
        byte[] strBytes = strtab.bytes();
        long shstrOff = strOff + strBytes.length;
        int[] segNames = new int[phnum];
        for (int k = 0; k < phnum; k++) segNames[k] = shstr.add(segments.get(k).sectionName());
        int nSym = shstr.add(".symtab"), nStr = shstr.add(".strtab"), nShstr = shstr.add(".shstrtab");
        byte[] shstrBytes = shstr.bytes();
        long shoff = align(shstrOff + shstrBytes.length, 8);
        int shnum = 1 + phnum + 3;
        ByteBuffer b = ByteBuffer.allocate((int) (shoff + 64L * shnum)).order(ByteOrder.LITTLE_ENDIAN);
        header(b, phoff, shoff, phnum, shnum, shnum - 1);
        for (int k = 0; k < phnum; k++) programHeader(b, segments.get(k), offsets[k]);
        for (int k = 0; k < phnum; k++) b.put((int) offsets[k], segments.get(k).data());
        b.put((int) symOff, symtab).put((int) strOff, strBytes).put((int) shstrOff, shstrBytes);
        b.position((int) shoff);
        sectionHeader(b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (int k = 0; k < phnum; k++) {
            Segment s = segments.get(k);
            long flags = 2 | ((s.flags() & PF_W) != 0 ? 1 : 0) | ((s.flags() & PF_X) != 0 ? 4 : 0);
            sectionHeader(b, segNames[k], 1, flags, s.vaddr(), offsets[k], s.data().length, 0, 0, 8, 0);
        }
        int strIndex = 1 + phnum + 1;
        sectionHeader(b, nSym, 2, 0, 0, symOff, symtab.length, strIndex, 1, 8, 24);
        sectionHeader(b, nStr, 3, 0, 0, strOff, strBytes.length, 0, 0, 1, 0);
        sectionHeader(b, nShstr, 3, 0, 0, shstrOff, shstrBytes.length, 0, 0, 1, 0);
        return b.array();
    }

    private byte[] symtab(StringTable strtab) {
        ByteBuffer b = ByteBuffer.allocate(24 * (symbols.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.position(24); // entry 0 is the null symbol
        for (Symbol s : symbols) {
            b.putInt(strtab.add(s.name()));
            b.put((byte) (1 << 4 | (s.function() ? 2 : 1))); // STB_GLOBAL, STT_FUNC / STT_OBJECT
            b.put((byte) 0);
            b.putShort((short) (1 + s.segment()));
            b.putLong(s.value());
            b.putLong(s.size());
        }
        return b.array();
    }

    private void header(ByteBuffer b, long phoff, long shoff, int phnum, int shnum, int shstrndx) {
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        b.putShort((short) 2)
                .putShort((short) EM_RISCV)
                .putInt(1)
                .putLong(entry)
                .putLong(phoff)
                .putLong(shoff);
        b.putInt(EF_RISCV_RVC).putShort((short) 64).putShort((short) 56).putShort((short) phnum);
        b.putShort((short) 64).putShort((short) shnum).putShort((short) shstrndx);
    }

    private static void programHeader(ByteBuffer b, Segment s, long offset) {
        b.putInt(1).putInt(s.flags()).putLong(offset).putLong(s.vaddr()).putLong(s.paddr());
        b.putLong(s.data().length).putLong(s.memSize()).putLong(PAGE);
    }

    private static void sectionHeader(
            ByteBuffer b,
            int name,
            int type,
            long flags,
            long addr,
            long offset,
            long size,
            int link,
            int info,
            long align,
            long entsize) {
        b.putInt(name).putInt(type).putLong(flags).putLong(addr).putLong(offset).putLong(size);
        b.putInt(link).putInt(info).putLong(align).putLong(entsize);
    }

    private static long align(long v, long a) {
        return (v + a - 1) & -a;
    }

    /** Smallest offset >= cursor with offset ≡ vaddr (mod page), as PT_LOAD requires. */
    private static long congruent(long cursor, long vaddr) {
        long want = vaddr & (PAGE - 1);
        long off = (cursor & -PAGE) + want;
        return off < cursor ? off + PAGE : off;
    }

    /** A NUL-separated ELF string table; index 0 is the empty string. */
    private static final class StringTable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        StringTable() {
            out.write(0);
        }

        int add(String s) {
            int at = out.size();
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            out.write(0);
            return at;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
