package org.mkplay.kernel;

/**
 * Where the kernel image lies in RAM, as its ELF's program headers say: the text segment (R+X) and the data
 * segment (R+W: descriptors, strings, statics; the heap follows it). Our toolchain's linker exposes no symbol
 * to compiled code, so the image builder ({@code KernelImage}) writes these statics into the ELF's data after
 * linking, the way a linker script would define {@code _etext}; on the JVM the tests set them. An image that
 * was not patched has them all 0, which {@link Vm} refuses.
 */
public final class Image {
    private Image() {}

    /** First byte of the text segment (the entry, 0x8000_0000). Not final: the value is written into the image. */
    static long textStart;
    /** One past the text segment's last byte. */
    static long textEnd;
    /** First byte of the data segment, page-aligned: the linker starts data on the page after the text. */
    static long dataStart;

    /** Records the layout (the image builder does the same in the ELF; tests call this on the JVM). */
    static void set(long textStart, long textEnd, long dataStart) {
        Image.textStart = textStart;
        Image.textEnd = textEnd;
        Image.dataStart = dataStart;
    }
}
