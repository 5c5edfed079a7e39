package org.mkplay.kernel.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;

/**
 * The kernel image as the tests see it: compiled from a class directory by our toolchain (kernel profile), as the
 * module's build step (the toolchain's BuildImage, see kernel/pom.xml) made target/kernel.elf, and its ELF program
 * headers read back (the kernel learns its segments' bounds from vmmagic.Image, which the linker resolves).
 */
public final class KernelImage {
    private KernelImage() {}

    public static final String MAIN_CLASS = "org.mkplay.kernel.Boot";
    /** ELF64 program header: p_type 1 is PT_LOAD; p_flags bit 0 is X. */
    static final int PT_LOAD = 1, PF_X = 1;

    /** A PT_LOAD program header: file offset, address, sizes in the file and in memory, flags. */
    public record Segment(long offset, long vaddr, long fileSize, long memSize, int flags) {
        boolean executable() {
            return (flags & PF_X) != 0;
        }
    }

    /** The text segment's start and end and the data segment's start and end, as vmmagic.Image reports them. */
    public record Layout(long textStart, long textEnd, long dataStart, long end) {}

    /**
     * The build step for the system-test images (run by the kernel's pom after test-compile): arguments are the
     * kernel's class directory, the user programs' source directory and the directory for the images (TestImages:
     * the kernel with user programs packed in). The kernel image itself is the toolchain's BuildImage step.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: KernelImage CLASS_DIRECTORY USER_SOURCES IMAGES_DIRECTORY");
        }
        CompileResult kernel = compile(Path.of(args[0]), MAIN_CLASS);
        TestImages.writeAll(kernel, Path.of(args[1]), Path.of(args[2]));
    }

    /** The image of the classes under classDirectory, entered at mainClass's main; fails with the diagnostics. */
    public static CompileResult compile(Path classDirectory, String mainClass) {
        CompileResult r = Compiler.compile(CompileRequest.ofClassDirectory(classDirectory, mainClass, Profile.KERNEL));
        if (!r.ok()) throw new IllegalStateException("the kernel does not compile:\n" + r.formattedDiagnostics());
        return r;
    }

    /** The layout an ELF's PT_LOAD headers give: the executable segment, and the writable one after it. */
    public static Layout layout(byte[] elf) {
        List<Segment> segments = segments(elf);
        Segment text = segments.stream().filter(Segment::executable).findFirst().orElseThrow();
        Segment data =
                segments.stream().filter(s -> !s.executable()).findFirst().orElseThrow();
        return new Layout(text.vaddr(), text.vaddr() + text.memSize(), data.vaddr(), data.vaddr() + data.memSize());
    }

    /** The PT_LOAD program headers (ELF64: e_phoff at 0x20, e_phentsize at 0x36, e_phnum at 0x38). */
    public static List<Segment> segments(byte[] elf) {
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        List<Segment> loads = new ArrayList<>();
        for (int k = 0; k < b.getShort(0x38); k++) {
            int h = (int) b.getLong(0x20) + k * b.getShort(0x36);
            if (b.getInt(h) != PT_LOAD) continue;
            loads.add(new Segment(
                    b.getLong(h + 8), b.getLong(h + 16), b.getLong(h + 32), b.getLong(h + 40), b.getInt(h + 4)));
        }
        return loads;
    }
}
