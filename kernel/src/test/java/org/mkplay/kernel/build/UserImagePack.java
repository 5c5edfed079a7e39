package org.mkplay.kernel.build;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.mkplay.kernel.UserImages;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.elf.ElfWriter;
import org.mkplay.toolchain.link.SymbolInfo;

/**
 * Packs user programs into a kernel image: the kernel's ELF gets one more PT_LOAD segment, at UserImages.BASE, with
 * the table UserImages reads (magic, count, per program its offset, length and name) followed by the programs' ELF
 * files. The kernel's own segments and symbols are written unchanged; QEMU and our emulator load every PT_LOAD
 * segment, so the programs are in RAM when the kernel starts.
 */
public final class UserImagePack {
    private UserImagePack() {}

    /**
     * A user program: its name (at most 15 ASCII characters), its ELF as the toolchain's user profile made it, its
     * priority and its endpoint grants (UserImages.grant words, at most UserImages.MAX_GRANTS).
     */
    public record Program(String name, byte[] elf, int priority, List<Long> grants) {
        public Program(String name, byte[] elf) {
            this(name, elf, 0, List.of());
        }
    }

    /** The kernel image with the programs packed in. */
    public static byte[] pack(CompileResult kernel, List<Program> programs) {
        List<KernelImage.Segment> segments = KernelImage.segments(kernel.elf());
        ElfWriter w = new ElfWriter().entry(segments.get(0).vaddr());
        for (KernelImage.Segment s : segments) {
            byte[] bytes = Arrays.copyOfRange(kernel.elf(), (int) s.offset(), (int) (s.offset() + s.fileSize()));
            w.addSegment(new ElfWriter.Segment(
                    s.executable() ? ".text" : ".data", s.vaddr(), s.vaddr(), bytes, s.memSize(), s.flags()));
        }
        w.addSegment(new ElfWriter.Segment(
                ".user", UserImages.BASE, UserImages.BASE, table(programs), table(programs).length, ElfWriter.PF_R));
        long dataStart = segments.get(1).vaddr();
        for (SymbolInfo s : kernel.symbols()) {
            w.addSymbol(new ElfWriter.Symbol(
                    s.name(), s.address(), s.size(), s.function(), s.address() >= dataStart ? 1 : 0));
        }
        return w.write();
    }

    /** The packed table and the ELF files, in UserImages' format. */
    public static byte[] table(List<Program> programs) {
        if (programs.size() > UserImages.MAX_IMAGES)
            throw new IllegalArgumentException("at most " + UserImages.MAX_IMAGES + " programs");
        int size = UserImages.HEADER_SIZE + UserImages.ENTRY_SIZE * programs.size();
        for (Program p : programs) size += align8(p.elf().length);
        if (size > UserImages.LIMIT - UserImages.BASE)
            throw new IllegalArgumentException("the programs take " + size + " bytes, more than the packed region");
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(UserImages.MAGIC).putLong(programs.size());
        int offset = UserImages.HEADER_SIZE + UserImages.ENTRY_SIZE * programs.size();
        for (Program p : programs) {
            byte[] name = p.name().getBytes(StandardCharsets.US_ASCII);
            if (name.length >= UserImages.NAME_SIZE)
                throw new IllegalArgumentException("program name too long: " + p.name());
            if (p.grants().size() > UserImages.MAX_GRANTS)
                throw new IllegalArgumentException("too many grants: " + p.name());
            b.putLong(offset)
                    .putLong(p.elf().length)
                    .put(Arrays.copyOf(name, UserImages.NAME_SIZE))
                    .putLong(p.priority());
            for (int k = 0; k < UserImages.MAX_GRANTS; k++)
                b.putLong(k < p.grants().size() ? p.grants().get(k) : 0);
            offset += align8(p.elf().length);
        }
        for (Program p : programs) b.put(Arrays.copyOf(p.elf(), align8(p.elf().length)));
        return b.array();
    }

    private static int align8(int n) {
        return n + 7 & -8;
    }
}
