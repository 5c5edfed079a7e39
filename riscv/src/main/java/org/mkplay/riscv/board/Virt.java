package org.mkplay.riscv.board;

/**
 * The QEMU {@code virt} board as mkplay uses it (one hart): where RAM and each device sit in the physical
 * address space, how large each window is, and which PLIC source each device drives. QEMU 7.2 places the
 * devices at these addresses ({@code hw/riscv/virt.c}'s memory map); the trace window is ours and lies in
 * a hole of that map, so QEMU has nothing there.
 * <pre>
 *   0x0010_0000  0x1000      SiFive test finisher (power off with a status)      {@link Finisher}
 *   0x0010_2000  0x1000      mkplay trace device                                  {@link TraceRegisters}
 *   0x0200_0000  0x1_0000    CLINT (msip, mtimecmp, mtime)                        {@link ClintRegisters}
 *   0x0C00_0000  0x400_0000  PLIC (priorities, pending, enables, claim)           {@link PlicRegisters}
 *   0x1000_0000  0x100       NS16550A UART, PLIC source 10                        {@link UartRegisters}
 *   0x1000_1000  0x1000      virtio-mmio slot 0 (block device), PLIC source 1     {@link VirtioRegisters}
 *   0x8000_0000  RAM         128 MiB by default; images are linked to start here
 * </pre>
 * Constants only, so that every module (and the kernel, whose javac inlines them) can read them.
 */
public final class Virt {
    private Virt() {}

    /** Start of RAM; the hart starts here in M-mode when an image has no other entry. */
    public static final long RAM_BASE = 0x8000_0000L;
    /** RAM size QEMU virt gets without {@code -m}, and our emulator's default. */
    public static final int DEFAULT_RAM_MIB = 128;

    public static final long DEFAULT_RAM_SIZE = (long) DEFAULT_RAM_MIB << 20;
    /** First address past the default RAM. */
    public static final long DEFAULT_RAM_END = RAM_BASE + DEFAULT_RAM_SIZE;

    public static final long FINISHER_BASE = 0x0010_0000L, FINISHER_SIZE = 0x1000;
    public static final long TRACE_BASE = 0x0010_2000L, TRACE_SIZE = 0x1000;
    public static final long CLINT_BASE = 0x0200_0000L, CLINT_SIZE = 0x1_0000;
    public static final long PLIC_BASE = 0x0C00_0000L, PLIC_SIZE = 0x400_0000;
    public static final long UART_BASE = 0x1000_0000L, UART_SIZE = 0x100;
    public static final long VIRTIO_BASE = 0x1000_1000L, VIRTIO_SIZE = 0x1000;

    /** PLIC source (interrupt id) of the UART. */
    public static final int UART_IRQ = 10;
    /** PLIC source of virtio-mmio slot 0 (slot n uses source 1 + n). */
    public static final int VIRTIO_IRQ = 1;
}
