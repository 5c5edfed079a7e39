package org.mkplay.emulator.mmu;

import org.mkplay.emulator.cpu.Rig;

/**
 * Builds Sv39 page tables in a rig's RAM (privileged spec 4.4: three levels of 512 eight-byte PTEs,
 * PPN in bits 53..10, flags V R W X U G A D in bits 0..7). Table pages come from a pool of RAM.
 */
final class PageTables {
    static final long V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128;
    static final int PAGE_4K = 0, MEGAPAGE = 1, GIGAPAGE = 2;

    private final Rig rig;
    final long root;
    private long next;

    /** Tables are allocated from {@code pool} upwards (4 KiB aligned, zeroed RAM). */
    PageTables(Rig rig, long pool) {
        this.rig = rig;
        this.root = pool;
        this.next = pool + 4096;
    }

    private static long index(long va, int level) {
        return (va >>> (12 + 9 * level)) & 511;
    }

    /** Maps the page of {@code level} at {@code va} to {@code pa} with the given flags (V is added). */
    PageTables map(long va, long pa, int level, long flags) {
        rig.store(pteAddress(va, level), 8, (pa >>> 12) << 10 | flags | V);
        return this;
    }

    /** The address of the PTE for {@code va} at {@code level}, creating the tables above it. */
    long pteAddress(long va, int level) {
        long table = root;
        for (int l = GIGAPAGE; l > level; l--) {
            long entry = table + 8 * index(va, l);
            long pte = rig.load(entry, 8);
            if ((pte & V) == 0) {
                pte = (next >>> 12) << 10 | V;
                next += 4096;
                rig.store(entry, 8, pte);
            }
            table = (pte >>> 10) << 12;
        }
        return table + 8 * index(va, level);
    }

    long pte(long va, int level) {
        return rig.load(pteAddress(va, level), 8);
    }

    /** satp for these tables: MODE = 8 (Sv39), the ASID, the root PPN. */
    long satp(int asid) {
        return 8L << 60 | (long) asid << 44 | root >>> 12;
    }
}
