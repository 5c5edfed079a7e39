package org.mkplay.emulator.mmu;

import java.util.Arrays;

/**
 * A software TLB for Sv39, tagged by ASID: a satp switch to another address space keeps the
 * entries of the old one, and {@code sfence.vma} removes exactly what the spec says it orders.
 *
 * <p>Two-way set-associative ({@value #SETS} sets of two), indexed by the low bits of the 4 KiB virtual
 * page number mixed with the ASID, so that the same virtual page in two address spaces (the usual case:
 * every process has code at the same address) lands in two sets and survives a switch between them. A
 * global translation is therefore cached once per ASID that uses it. Two ways, replacing the one used
 * less recently, because a direct-mapped table makes pages that share their low bits evict each other on
 * every access: a user program's first page (0x4000_0000) and the kernel's (0x8000_0000) do exactly that
 * on every trap, which would charge each system call two page walks that no real TLB would make. A
 * superpage translation is stored per 4 KiB page it is used for ("splintered"), with its level kept so
 * that an {@code sfence.vma} by address removes every 4 KiB piece of that superpage.
 */
final class Tlb {
    static final int ENTRIES = 512;
    static final int SETS = ENTRIES / 2;
    private static final long INVALID = -1;

    final long[] vpn = new long[ENTRIES];
    final int[] asid = new int[ENTRIES];
    final boolean[] global = new boolean[ENTRIES];
    /** The leaf PTE as read (and possibly updated with A/D) by the walk. */
    final long[] pte = new long[ENTRIES];
    /** Physical address of the 4 KiB page this virtual page maps to. */
    final long[] physicalPage = new long[ENTRIES];
    /** 0 for a 4 KiB page, 1 for 2 MiB, 2 for 1 GiB. */
    final int[] level = new int[ENTRIES];
    /** Per set, the way (0 or 1) used last: an insertion replaces the other one. */
    private final byte[] lastUsed = new byte[SETS];

    Tlb() {
        Arrays.fill(vpn, INVALID);
    }

    /**
     * ASIDs step the set by an odd stride, spreading one page's copies over the table. Consecutive pages take
     * consecutive sets, but each 1 MiB region (256 pages) starts at a scrambled offset: hot pages tend to sit at
     * round addresses (a program's first page, the kernel's, the top of a stack region) and would otherwise all
     * crowd into set 0.
     */
    private static int set(long pageNumber, int asid) {
        long region = pageNumber >>> 8;
        long scramble = (region * 0x9E3779B97F4A7C15L) >>> 56;
        return (int) (pageNumber + scramble + 167L * asid) & (SETS - 1);
    }

    /** The index of the entry translating {@code pageNumber} in address space {@code currentAsid}, or -1. */
    int find(long pageNumber, int currentAsid) {
        int set = set(pageNumber, currentAsid);
        for (int way = 0; way < 2; way++) {
            int i = 2 * set + way;
            if (vpn[i] == pageNumber && (global[i] || asid[i] == currentAsid)) {
                lastUsed[set] = (byte) way;
                return i;
            }
        }
        return -1;
    }

    void insert(
            long pageNumber, int entryAsid, boolean isGlobal, long leafPte, long physicalPageAddress, int pageLevel) {
        int set = set(pageNumber, entryAsid);
        int way = wayFor(set, pageNumber, entryAsid);
        int i = 2 * set + way;
        lastUsed[set] = (byte) way;
        vpn[i] = pageNumber;
        asid[i] = entryAsid;
        global[i] = isGlobal;
        pte[i] = leafPte;
        physicalPage[i] = physicalPageAddress;
        level[i] = pageLevel;
    }

    /** The way to fill: the one already holding this page (a re-walk after A/D updates), an empty one, or the older. */
    private int wayFor(int set, long pageNumber, int entryAsid) {
        for (int way = 0; way < 2; way++) {
            int i = 2 * set + way;
            if (vpn[i] == pageNumber && asid[i] == entryAsid) return way;
        }
        for (int way = 0; way < 2; way++) {
            if (vpn[2 * set + way] == INVALID) return way;
        }
        return 1 - lastUsed[set];
    }

    /**
     * sfence.vma semantics (privileged spec 4.2.1): with no address, all leaf entries (of one
     * ASID when given, sparing global entries); with an address, the entries for that address
     * (of one ASID when given, sparing global entries).
     */
    void flush(boolean byAddress, long pageNumber, boolean byAsid, int flushAsid) {
        for (int i = 0; i < ENTRIES; i++) {
            if (vpn[i] == INVALID) {
                continue;
            }
            boolean addressMatches = !byAddress || samePage(vpn[i], pageNumber, level[i]);
            boolean asidMatches = !byAsid || (!global[i] && asid[i] == flushAsid);
            if (addressMatches && asidMatches) {
                vpn[i] = INVALID;
            }
        }
    }

    private static boolean samePage(long a, long b, int pageLevel) {
        int shift = 9 * pageLevel;
        return (a >>> shift) == (b >>> shift);
    }
}
