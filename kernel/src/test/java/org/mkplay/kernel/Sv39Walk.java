package org.mkplay.kernel;

import java.util.LinkedHashSet;
import java.util.Set;
import org.mkplay.vmmagic.Address;

/**
 * The hart's Sv39 translation of an S-mode access, as the privileged specification's "Virtual Address
 * Translation Process" states it, walking page tables in HostMachine memory. It takes its constants from the
 * specification, not from {@link Vm}, so that it checks the tables rather than repeating the builder. A/D are
 * checked the Svade way (a clear A, or a clear D on a store, faults), which preset bits must satisfy.
 */
final class Sv39Walk {
    enum Access {
        LOAD,
        STORE,
        FETCH
    }

    /** The leaf found: physical address, its level (0: 4 KiB, 1: 2 MiB, 2: 1 GiB) and the PTE. */
    record Leaf(long pa, int level, long pte) {}

    /** The access would raise a page fault; the message says which step of the walk failed. */
    static final class PageFault extends RuntimeException {
        PageFault(String why, long va) {
            super(why + " at 0x" + Long.toHexString(va));
        }
    }

    static final long V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;

    /** Every table the walks read, root included. */
    final Set<Long> tablesVisited = new LinkedHashSet<>();

    private final long satp;
    /** The access is made in U-mode (U must be set) rather than in S-mode with SUM = 0 (U must be clear). */
    private final boolean user;

    Sv39Walk(long satp) {
        this(satp, false);
    }

    Sv39Walk(long satp, boolean user) {
        if (satp >>> 60 != 8) throw new IllegalArgumentException("satp.MODE is not Sv39: 0x" + Long.toHexString(satp));
        this.satp = satp;
        this.user = user;
    }

    Leaf translate(long va, Access access) {
        if (va >> 38 != 0 && va >> 38 != -1) throw new PageFault("bits 63:39 differ from bit 38", va);
        long table = (satp & (1L << 44) - 1) << 12;
        for (int level = 2; level >= 0; level--) {
            tablesVisited.add(table);
            long pte = Address.fromLong(table + 8 * vpn(va, level)).loadLong();
            if ((pte & V) == 0) throw new PageFault("invalid PTE at level " + level, va);
            if ((pte & R) == 0 && (pte & W) != 0) throw new PageFault("reserved W without R", va);
            if (pte >>> 54 != 0) throw new PageFault("reserved bits 63:54 set", va);
            if ((pte & (R | X)) != 0) return leaf(va, access, level, pte, user);
            table = ppn(pte) << 12;
        }
        throw new PageFault("a pointer at level 0", va);
    }

    private static Leaf leaf(long va, Access access, int level, long pte, boolean user) {
        long needed = access == Access.LOAD ? R : access == Access.STORE ? W : X;
        if ((pte & needed) == 0) throw new PageFault(access + " not permitted", va);
        if (!user && (pte & U) != 0) throw new PageFault("a U page in S-mode", va);
        if (user && (pte & U) == 0) throw new PageFault("a page without U in U-mode", va);
        long lowPpn = (1L << 9 * level) - 1;
        if ((ppn(pte) & lowPpn) != 0) throw new PageFault("misaligned superpage", va);
        if ((pte & A) == 0 || access == Access.STORE && (pte & D) == 0) throw new PageFault("A or D clear", va);
        long offset = va & (1L << 12 + 9 * level) - 1;
        return new Leaf(ppn(pte) << 12 | offset, level, pte);
    }

    private static long ppn(long pte) {
        return pte >>> 10 & (1L << 44) - 1;
    }

    private static long vpn(long va, int level) {
        return va >>> 12 + 9 * level & 511;
    }
}
