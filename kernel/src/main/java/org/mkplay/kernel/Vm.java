package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.priv.Sv39;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Image;

/**
 * The kernel's address space (docs/design.md §4, Vm): Sv39 page tables (privileged specification, "Sv39: Page-Based
 * 39-bit Virtual-Memory System") in frames from {@link Frames}, identity-mapping the kernel image, its heap and
 * stacks and the two devices it uses, then satp. Leaves use the largest page (1 GiB, 2 MiB, 4 KiB) whose
 * alignment and size fit the range. Memory not listed here is unmapped: any access to it is a page fault.
 * <p>User address spaces ({@link #newSpace}): one root table per process, tagged with the process's ASID, named by
 * its satp value. Its entries for the kernel's gigabytes point at the kernel's own tables (so the kernel is mapped in
 * every space, without U, and a trap needs no satp switch); user memory is exactly the gigabyte
 * [Abi.USER_BASE, Abi.USER_END) = root entry 1, which the kernel's space leaves empty, so user tables are never
 * shared. Switching spaces is one satp write: the ASID keeps each space's TLB entries apart, so nothing is flushed.
 */
public final class Vm {
    private Vm() {}

    /** PTE bits ({@link Sv39}'s). R = W = X = 0 makes a valid entry a pointer to the next level's table. */
    static final long VALID = Sv39.PTE_V,
            READ = Sv39.PTE_R,
            WRITE = Sv39.PTE_W,
            EXECUTE = Sv39.PTE_X,
            USER = Sv39.PTE_U,
            GLOBAL = Sv39.PTE_G,
            ACCESSED = Sv39.PTE_A,
            DIRTY = Sv39.PTE_D;

    static final long READ_EXECUTE = READ | EXECUTE, READ_WRITE = READ | WRITE;
    /** Sv39: three levels of 512 eight-byte entries; a PTE holds the PPN from bit 10, an address from bit 12. */
    static final int LEVELS = Sv39.LEVELS,
            VPN_BITS = Sv39.VPN_BITS,
            PAGE_SHIFT = Sv39.PAGE_SHIFT,
            PPN_SHIFT = Sv39.PPN_SHIFT;
    /** End of the RAM the runtime uses (its boot stack's top): data, heap and stacks lie below it. */
    static final long RAM_END = Virt.DEFAULT_RAM_END;

    /** The kernel's root table (0 before {@link #start}); a long, not an Address: no static initialiser, so no caller
     *  of Vm pays a test that it ran (the satp write of every address-space switch is Vm's). */
    private static long rootTable;

    /** Builds the kernel's tables, writes satp (Sv39, ASID 0) and flushes the TLB; the hart translates from here on. */
    public static void start() {
        rootTable = buildKernelSpace().toLong();
        Csr.write(SATP, satp(root()));
        Cpu.sfenceVma();
    }

    /**
     * Text R+X; data, heap and stacks (with the trap frame and these page tables) R+W up to RAM_END; the UART, the
     * finisher and the trace window R+W (W without R is reserved in a PTE). The trace window is mapped whether or
     * not the board has one: {@link Trace#probe} finds out (an access to a mapped page with no device behind it
     * is an access fault, not a page fault). No entry has U: user code reaches none of them.
     */
    static Address buildKernelSpace() {
        long textStart = Image.textStart().toLong();
        long textEnd = Image.textEnd().toLong();
        long dataStart = Image.dataStart().toLong();
        // The linker gives a layout; only the JVM's HostMachine can lack one (all 0 until a test sets it).
        if (textStart == 0 || textEnd > dataStart) throw new IllegalStateException("no image layout");
        Address table = bootFrame();
        mapRange(table, textStart, pageUp(textEnd), READ_EXECUTE);
        mapRange(table, dataStart, RAM_END, READ_WRITE);
        mapRange(table, Console.UART.toLong(), Console.UART.toLong() + Frames.FRAME_SIZE, READ_WRITE);
        mapRange(table, Power.FINISHER.toLong(), Power.FINISHER.toLong() + Frames.FRAME_SIZE, READ_WRITE);
        mapRange(table, Trace.WINDOW, Trace.WINDOW + Frames.FRAME_SIZE, READ_WRITE);
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
            if ((pte.loadLong() & VALID) != 0)
                throw new IllegalStateException("page mapped twice: " + Console.hex(next));
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
            entry = bootFrame().toLong() >>> PAGE_SHIFT << PPN_SHIFT | VALID;
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

    /** A frame for the kernel's own tables: the boot needs a fixed few, so running out is a kernel bug. */
    private static Address bootFrame() {
        Address frame = Frames.allocate();
        if (frame.isZero()) throw new IllegalStateException("out of frames for the kernel's page tables");
        return frame;
    }

    // ---- user address spaces ----

    /** A PTE bit reserved for software (RSW, bit 8): the space owns the leaf's frame. */
    static final long OWNED = 1L << 8;
    /** The root entry that holds all of user space (VPN[2] of USER_BASE). */
    static final int USER_ROOT_ENTRY = 1;

    static final long SATP_ASID_SHIFT = 44, SATP_PPN_MASK = (1L << 44) - 1;
    /** ASIDs 1..MAX_ASID name user spaces; 0 is the kernel's. (Our emulator and QEMU implement 16 bits.) */
    public static final int MAX_ASID = 0xFFFF;

    /**
     * A new user address space with the given ASID: a root whose entries are the kernel's (the kernel mapped,
     * without U) and whose user gigabyte is empty. Returns its satp value, or 0 if no frame was left.
     */
    public static long newSpace(int asid) {
        if (asid < 1 || asid > MAX_ASID) throw new IllegalArgumentException("ASID out of range: " + asid);
        Address space = Frames.allocate();
        if (space.isZero()) return 0;
        for (int k = 0; k < 512; k++) space.storeLong(8 * k, root().loadLong(8 * k));
        if (space.loadLong(8 * USER_ROOT_ENTRY) != 0) throw new IllegalStateException("the kernel maps user space");
        return SATP_SV39 | (long) asid << SATP_ASID_SHIFT | space.toLong() >>> PAGE_SHIFT;
    }

    /** The root table of the space named by satp. */
    static Address rootOf(long satp) {
        return Address.fromLong((satp & SATP_PPN_MASK) << PAGE_SHIFT);
    }

    static int asidOf(long satp) {
        return (int) (satp >>> SATP_ASID_SHIFT) & MAX_ASID;
    }

    /** Runs the hart in the space: one satp write; the ASID keeps other spaces' TLB entries apart (no flush). */
    public static void activate(long satp) {
        Csr.write(SATP, satp);
    }

    /** True if va is a page-aligned user address. */
    static boolean userPage(long va) {
        return va >= Abi.USER_BASE && va < Abi.USER_END && (va & Frames.FRAME_SIZE - 1) == 0;
    }

    /** The leaf permissions for Abi rights (R/W/X), or -1 if they are not a valid combination (none, or W without R). */
    static long permissions(int rights) {
        long p = ((rights & Abi.RIGHT_READ) != 0 ? READ : 0)
                | ((rights & Abi.RIGHT_WRITE) != 0 ? WRITE : 0)
                | ((rights & Abi.RIGHT_EXEC) != 0 ? EXECUTE : 0);
        if (p == 0
                || (p & (READ | WRITE)) == WRITE
                || (rights & ~(Abi.RIGHT_READ | Abi.RIGHT_WRITE | Abi.RIGHT_EXEC)) != 0) return -1;
        return p;
    }

    /** How many table frames mapping va would allocate (0..2), so that a syscall can check Frames.free() first. */
    public static int tablesNeeded(long satp, long va) {
        Address root = rootOf(satp);
        long l1 = root.loadLong(8 * vpn(va, 2));
        if ((l1 & VALID) == 0) return 2;
        long l0 = tableAt(l1).loadLong(8 * vpn(va, 1));
        return (l0 & VALID) == 0 ? 1 : 0;
    }

    /**
     * Maps the frame pa at the user page va with Abi rights, U set. Returns Abi.OK, E_BAD_ARGUMENT (va not a user
     * page, pa misaligned, rights invalid, va already mapped) or E_NO_MEMORY (no frame for a table).
     */
    public static int mapUser(long satp, long va, long pa, int rights) {
        return map(satp, va, pa, rights, 0);
    }

    /**
     * As mapUser, for a frame the space owns (the loader's image, stack and IPC buffer pages): the leaf is marked
     * OWNED, and {@link #freeSpace} gives the frame back to {@link Frames}.
     */
    public static int mapOwned(long satp, long va, long pa, int rights) {
        return map(satp, va, pa, rights, OWNED);
    }

    private static int map(long satp, long va, long pa, int rights, long owned) {
        long permissions = permissions(rights);
        if (!userPage(va) || (pa & Frames.FRAME_SIZE - 1) != 0 || permissions < 0) return Abi.E_BAD_ARGUMENT;
        if (Frames.free() < tablesNeeded(satp, va)) return Abi.E_NO_MEMORY;
        Address table = rootOf(satp);
        for (int level = LEVELS - 1; level > 0; level--) table = userTable(table, va, level);
        Address pte = table.plus(8L * vpn(va, 0));
        if ((pte.loadLong() & VALID) != 0) return Abi.E_BAD_ARGUMENT;
        pte.storeLong(leaf(pa, permissions | USER) | owned);
        Cpu.sfenceVma(Address.fromLong(va), asidOf(satp)); // the page may have been cached as invalid
        return Abi.OK;
    }

    /** The next-level table under a user space's entry, allocated on first use (tablesNeeded was checked). */
    private static Address userTable(Address table, long va, int level) {
        Address pte = table.plus(8L * vpn(va, level));
        long entry = pte.loadLong();
        if ((entry & VALID) == 0) {
            entry = Frames.allocate().toLong() >>> PAGE_SHIFT << PPN_SHIFT | VALID;
            pte.storeLong(entry);
        }
        return tableAt(entry);
    }

    private static Address tableAt(long pointer) {
        return Address.fromLong(pointer >>> PPN_SHIFT << PAGE_SHIFT);
    }

    /** The level-0 entry for a user va, or the zero address if its tables do not exist. */
    static Address userLeaf(long satp, long va) {
        long l1 = rootOf(satp).loadLong(8 * vpn(va, 2));
        if ((l1 & VALID) == 0 || (l1 & (READ | WRITE | EXECUTE)) != 0) return Address.zero();
        long l0 = tableAt(l1).loadLong(8 * vpn(va, 1));
        if ((l0 & VALID) == 0 || (l0 & (READ | WRITE | EXECUTE)) != 0) return Address.zero();
        return tableAt(l0).plus(8L * vpn(va, 0));
    }

    /** Unmaps the user page va; returns the frame it mapped, or -1 if none. Flushes that page of that ASID only. */
    public static long unmapUser(long satp, long va) {
        if (!userPage(va)) return -1;
        Address pte = userLeaf(satp, va);
        if (pte.isZero() || (pte.loadLong() & VALID) == 0) return -1;
        long pa = pte.loadLong() >>> PPN_SHIFT << PAGE_SHIFT;
        pte.storeLong(0);
        Cpu.sfenceVma(Address.fromLong(va), asidOf(satp));
        return pa;
    }

    /**
     * The physical address of user va if the space maps it with U and every Abi right asked for (READ, WRITE,
     * EXEC), else -1. What a user pointer check asks before the kernel touches user memory.
     */
    public static long translate(long satp, long va, int rights) {
        if (va < Abi.USER_BASE || va >= Abi.USER_END) return -1;
        Address pte = userLeaf(satp, va & -Frames.FRAME_SIZE);
        if (pte.isZero()) return -1;
        long entry = pte.loadLong();
        long need = VALID
                | USER
                | ((rights & Abi.RIGHT_READ) != 0 ? READ : 0)
                | ((rights & Abi.RIGHT_WRITE) != 0 ? WRITE : 0)
                | ((rights & Abi.RIGHT_EXEC) != 0 ? EXECUTE : 0);
        if ((entry & need) != need) return -1;
        return (entry >>> PPN_SHIFT << PAGE_SHIFT) + (va & Frames.FRAME_SIZE - 1);
    }

    /**
     * Frees a user space: its table frames and the frames of its OWNED leaves (a frame mapped by mapUser belongs to
     * whoever mapped it), then flushes the TLB, since its ASID may name another space next.
     */
    public static void freeSpace(long satp) {
        Address root = rootOf(satp);
        long l1 = root.loadLong(8 * USER_ROOT_ENTRY);
        if ((l1 & VALID) != 0) {
            Address middle = tableAt(l1);
            for (int k = 0; k < 512; k++) {
                long l0 = middle.loadLong(8 * k);
                if ((l0 & VALID) != 0) freeTable(tableAt(l0));
            }
            Frames.free(middle);
        }
        Frames.free(root);
        Cpu.sfenceVma();
    }

    /** A level-0 table and the frames of its OWNED leaves. */
    private static void freeTable(Address table) {
        for (int k = 0; k < 512; k++) {
            long leaf = table.loadLong(8 * k);
            if ((leaf & (VALID | OWNED)) == (VALID | OWNED)) Frames.free(tableAt(leaf));
        }
        Frames.free(table);
    }

    // ---- the kernel-server window (docs/kernel.md, "Placement") ----

    /** The root entry of the kernel-server window (VPN[2] of Abi.SERVER_WINDOW). */
    static final int SERVER_ROOT_ENTRY = 3;

    /**
     * Gives the kernel's root a level-1 table for the kernel-server window, once, before any address space that
     * must see it is made: newSpace copies the root's entries, so every space shares that table and every page
     * later mapped in the window ({@link #mapServer}) is mapped in every space at once.
     */
    static void openServerWindow() {
        if (rootTable == 0) throw new IllegalStateException("no kernel space");
        if ((root().loadLong(8 * SERVER_ROOT_ENTRY) & VALID) == 0) tableFor(root(), Abi.SERVER_WINDOW, 1);
    }

    /** Whether va is a page of the kernel-server window. */
    static boolean serverPage(long va) {
        return va >= Abi.SERVER_WINDOW && va < Abi.SERVER_WINDOW + pageSize(2) && (va & Frames.FRAME_SIZE - 1) == 0;
    }

    /**
     * Maps frame pa at the window page va with Abi rights, without U (kernel-placed servers run in S-mode; user
     * code can never reach them) and global: every space maps it alike, so one TLB entry serves every ASID. OK, or E_BAD_ARGUMENT (not a window page, bad rights, already mapped).
     */
    static int mapServer(long va, long pa, int rights) {
        long permissions = permissions(rights);
        if (!serverPage(va) || (pa & Frames.FRAME_SIZE - 1) != 0 || permissions < 0) return Abi.E_BAD_ARGUMENT;
        if ((root().loadLong(8 * SERVER_ROOT_ENTRY) & VALID) == 0) return Abi.E_BAD_ARGUMENT; // window not open
        Address pte = tableFor(root(), va, 0).plus(8L * vpn(va, 0));
        if ((pte.loadLong() & VALID) != 0) return Abi.E_BAD_ARGUMENT;
        pte.storeLong(leaf(pa, permissions) | GLOBAL); // the same in every space (privileged spec: G)
        Cpu.sfenceVma(); // every space shares the page: flush it for every ASID (a boot-time cost only)
        return Abi.OK;
    }

    /** The physical address of window page va's frame, or -1 if none is mapped there. */
    static long translateServer(long va) {
        if (!serverPage(va & -Frames.FRAME_SIZE) || (root().loadLong(8 * SERVER_ROOT_ENTRY) & VALID) == 0) return -1;
        long l1 = root().loadLong(8 * SERVER_ROOT_ENTRY);
        long l0 = tableAt(l1).loadLong(8 * vpn(va, 1));
        if ((l0 & VALID) == 0) return -1;
        long leaf = tableAt(l0).loadLong(8 * vpn(va, 0));
        if ((leaf & VALID) == 0) return -1;
        return (leaf >>> PPN_SHIFT << PAGE_SHIFT) + (va & Frames.FRAME_SIZE - 1);
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

    /** The kernel's own space's satp (ASID 0). */
    static long kernelSatp() {
        return satp(root());
    }

    /** The root table (zero before {@link #start}). */
    static Address root() {
        return Address.fromLong(rootTable);
    }

    /** One line: the translation mode, the tables' size and what is mapped. */
    public static String describe() {
        return "vm: Sv39 on, " + Frames.used() + " page-table pages; text RX "
                + range(Image.textStart().toLong(), pageUp(Image.textEnd().toLong())) + ", data/heap/stacks RW "
                + range(Image.dataStart().toLong(), RAM_END)
                + ", UART, finisher and trace window RW";
    }

    private static String range(long start, long end) {
        return Console.hex(start) + ".." + Console.hex(end);
    }
}
