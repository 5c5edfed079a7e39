package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.priv.Sv39;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Image;

/**
 * The kernel's address space (DESIGN §4, Vm): Sv39 page tables (privileged specification, "Sv39: Page-Based
 * 39-bit Virtual-Memory System") in frames from {@link Frames}, identity-mapping the kernel image, its heap and
 * stacks and the two devices it uses, then satp. Leaves use the largest page (1 GiB, 2 MiB, 4 KiB) whose
 * alignment and size fit the range. Memory not listed here is unmapped: any access to it is a page fault.
 */
public final class Vm {
    private Vm() {}

    /** PTE bits ({@link Sv39}'s). R = W = X = 0 makes a valid entry a pointer to the next level's table. */
    static final long VALID = Sv39.PTE_V, READ = Sv39.PTE_R, WRITE = Sv39.PTE_W, EXECUTE = Sv39.PTE_X,
        USER = Sv39.PTE_U, GLOBAL = Sv39.PTE_G, ACCESSED = Sv39.PTE_A, DIRTY = Sv39.PTE_D;
    static final long READ_EXECUTE = READ | EXECUTE, READ_WRITE = READ | WRITE;
    /** Sv39: three levels of 512 eight-byte entries; a PTE holds the PPN from bit 10, an address from bit 12. */
    static final int LEVELS = Sv39.LEVELS, VPN_BITS = Sv39.VPN_BITS, PAGE_SHIFT = Sv39.PAGE_SHIFT,
        PPN_SHIFT = Sv39.PPN_SHIFT;
    /** End of the RAM the runtime uses (its boot stack's top): data, heap and stacks lie below it. */
    static final long RAM_END = Virt.DEFAULT_RAM_END;

    private static Address root = Address.zero();

    /** Builds the kernel's tables, writes satp (Sv39, ASID 0) and flushes the TLB; the hart translates from here on. */
    public static void start() {
        root = buildKernelSpace();
        Csr.write(SATP, satp(root));
        Cpu.sfenceVma();
    }

    /**
     * Text R+X; data, heap and stacks (with the trap frame and these page tables) R+W up to RAM_END; the UART and
     * the finisher R+W (W without R is reserved in a PTE).
     */
    static Address buildKernelSpace() {
        long textStart = Image.textStart().toLong();
        long textEnd = Image.textEnd().toLong();
        long dataStart = Image.dataStart().toLong();
        // The linker gives a layout; only the JVM's HostMachine can lack one (all 0 until a test sets it).
        if (textStart == 0 || textEnd > dataStart) throw new IllegalStateException("no image layout");
        Address table = Frames.allocate();
        mapRange(table, textStart, pageUp(textEnd), READ_EXECUTE);
        mapRange(table, dataStart, RAM_END, READ_WRITE);
        mapRange(table, Console.UART.toLong(), Console.UART.toLong() + Frames.FRAME_SIZE, READ_WRITE);
        mapRange(table, Power.FINISHER.toLong(), Power.FINISHER.toLong() + Frames.FRAME_SIZE, READ_WRITE);
        return table;
    }

    /** Identity-maps the page-aligned range start..end with the given R/W/X bits, in the largest pages that fit. */
    static void mapRange(Address root, long start, long end, long permissions) {
        for (long va = start; va < end; ) {
            int level = largestLevel(va, end);
            va = fillTable(tableFor(root, va, level), va, end, level, permissions);
        }
    }

    /** The table that holds va's entry at level, creating the tables above it. */
    static Address tableFor(Address root, long va, int level) {
        Address table = root;
        for (int l = LEVELS - 1; l > level; l--) table = nextTable(table, va, l);
        return table;
    }

    /**
     * Writes leaves of the level's size from va on while whole pages fit before end and the entries stay in this
     * table (walking from the root once per table, not once per page); returns where it stopped. Mapping a page
     * twice is a kernel bug.
     */
    static long fillTable(Address table, long va, long end, int level, long permissions) {
        long size = pageSize(level);
        long next = va;
        do {
            Address pte = table.plus(8L * vpn(next, level));
            if ((pte.loadLong() & VALID) != 0) throw new IllegalStateException("page mapped twice: " + Console.hex(next));
            pte.storeLong(leaf(next, permissions));
            next += size;
        } while (vpn(next, level) != 0 && end - next >= size);
        return next;
    }

    /** The highest level whose page starts at va and ends by end (level 0 is a 4 KiB page). */
    static int largestLevel(long va, long end) {
        for (int level = LEVELS - 1; level > 0; level--) {
            if ((va & pageSize(level) - 1) == 0 && end - va >= pageSize(level)) return level;
        }
        return 0;
    }

    /** The table the level's entry for va points to, allocated on first use. */
    private static Address nextTable(Address table, long va, int level) {
        Address pte = table.plus(8L * vpn(va, level));
        long entry = pte.loadLong();
        if ((entry & VALID) == 0) {
            entry = Frames.allocate().toLong() >>> PAGE_SHIFT << PPN_SHIFT | VALID;
            pte.storeLong(entry);
        } else if ((entry & (READ | WRITE | EXECUTE)) != 0) {
            throw new IllegalStateException("page mapped twice: " + Console.hex(va));
        }
        return Address.fromLong(entry >>> PPN_SHIFT << PAGE_SHIFT);
    }

    /**
     * A leaf with A set, and D set where writable: the specification lets a hart either set them in hardware or
     * fault when they are clear (Svade); our emulator and QEMU set them, presetting works on both kinds.
     */
    static long leaf(long pa, long permissions) {
        long dirty = (permissions & WRITE) != 0 ? DIRTY : 0;
        return pa >>> PAGE_SHIFT << PPN_SHIFT | permissions | ACCESSED | dirty | VALID;
    }

    /** satp: MODE = 8 (Sv39), ASID 0, the root table's PPN. */
    static long satp(Address table) {
        return SATP_SV39 | table.toLong() >>> PAGE_SHIFT;
    }

    static long pageSize(int level) {
        return 1L << PAGE_SHIFT + VPN_BITS * level;
    }

    static int vpn(long va, int level) {
        return (int) (va >>> PAGE_SHIFT + VPN_BITS * level) & (1 << VPN_BITS) - 1;
    }

    private static long pageUp(long address) {
        return address + Frames.FRAME_SIZE - 1 & -Frames.FRAME_SIZE;
    }

    /** The root table (zero before {@link #start}). */
    static Address root() {
        return root;
    }

    /** One line: the translation mode, the tables' size and what is mapped. */
    public static String describe() {
        return "vm: Sv39 on, " + Frames.used() + " page-table pages; text RX "
            + range(Image.textStart().toLong(), pageUp(Image.textEnd().toLong())) + ", data/heap/stacks RW "
            + range(Image.dataStart().toLong(), RAM_END)
            + ", UART and finisher RW";
    }

    private static String range(long start, long end) {
        return Console.hex(start) + ".." + Console.hex(end);
    }
}
