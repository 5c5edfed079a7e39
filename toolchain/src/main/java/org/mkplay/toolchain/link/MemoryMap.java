package org.mkplay.toolchain.link;

import org.mkplay.riscv.board.Virt;

/**
 * Where a standalone image lives on the QEMU-virt board (needs the default 128 MiB of RAM; the board's
 * addresses are {@link Virt}'s).
 * <pre>
 *   0x8000_0000  image: code (entry _start), then at the next 4 KiB page: descriptors, strings, statics
 *   _end         heap: bump allocation upwards, never freed; an allocation crossing HEAP_LIMIT
 *                reports java.lang.OutOfMemoryError ("Java heap space") and exits with status 1
 *   0x8700_0000  HEAP_LIMIT = bottom of the stack region (16 MiB, no overflow check)
 *   0x8800_0000  STACK_TOP (initial sp), end of RAM
 * </pre>
 * Devices: the runtime prints on the 16550 UART and powers off through the SiFive test finisher.
 */
public final class MemoryMap {
    private MemoryMap() {}

    /** The image is linked to start at the beginning of RAM, where the hart starts. */
    public static final long RAM_BASE = Virt.RAM_BASE;
    public static final long STACK_TOP = Virt.DEFAULT_RAM_END;
    public static final long HEAP_LIMIT = STACK_TOP - (16 << 20);
}
