package org.mkplay.toolchain.link;

/**
 * Where a standalone image lives on the QEMU-virt board (needs the default 128 MiB of RAM).
 * <pre>
 *   0x8000_0000  image: code (entry _start), then at the next 4 KiB page: descriptors, strings, statics
 *   _end         heap: bump allocation upwards, never freed; an allocation crossing HEAP_LIMIT
 *                reports java.lang.OutOfMemoryError ("Java heap space") and exits with status 1
 *   0x8700_0000  HEAP_LIMIT = bottom of the stack region (16 MiB, no overflow check)
 *   0x8800_0000  STACK_TOP (initial sp), end of RAM
 * </pre>
 * Devices: 16550 UART at 0x1000_0000 (THR +0, LSR +5, bit 5 = THR empty), SiFive test finisher at 0x10_0000.
 */
public final class MemoryMap {
    private MemoryMap() {}

    public static final long RAM_BASE = 0x8000_0000L;
    public static final long HEAP_LIMIT = 0x8700_0000L;
    public static final long STACK_TOP = 0x8800_0000L;
    public static final long UART = 0x1000_0000L;
    public static final long FINISHER = 0x10_0000L;
}
