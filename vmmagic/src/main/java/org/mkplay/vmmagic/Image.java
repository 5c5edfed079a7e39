package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * Where the linked image lies in RAM: the bounds of its text segment (R+X: code, from the entry) and of its
 * data segment (R+W: descriptors, statics, strings; the heap follows it), as the ELF's program headers give
 * them. The kernel profile compiles each method to the address of a label the linker binds (one la), the way
 * a linker script's {@code _etext} and {@code _end} serve C; on the JVM they come from {@link HostMachine}.
 */
public final class Image {
    private Image() {}

    /** First byte of the text segment (the entry). */
    public static Address textStart() {
        return Address.fromLong(HostMachine.current().imageTextStart());
    }

    /** One past the text segment's last byte (the segment is padded to a page, so this is page-aligned). */
    public static Address textEnd() {
        return Address.fromLong(HostMachine.current().imageTextEnd());
    }

    /** First byte of the data segment (page-aligned: the linker starts data on the page after the text). */
    public static Address dataStart() {
        return Address.fromLong(HostMachine.current().imageDataStart());
    }

    /** One past the data segment's last byte: where the heap starts. */
    public static Address end() {
        return Address.fromLong(HostMachine.current().imageEnd());
    }
}
