package org.mkplay.emulator.mmu;

import java.util.Arrays;

/**
 * A software TLB for Sv39, tagged by ASID: a satp switch to another address space keeps the
 * entries of the old one, and {@code sfence.vma} removes exactly what the spec says it orders.
 *
 * <p>Direct-mapped on the low bits of the 4 KiB virtual page number mixed with the ASID, so that the
 * same virtual page in two address spaces (the usual case: every process has code at the same
 * address) occupies two slots and survives a switch between them. A global translation is therefore
 * cached once per ASID that uses it. A superpage translation is
 * stored per 4 KiB page it is used for ("splintered"), with its level kept so that an
 * {@code sfence.vma} by address removes every 4 KiB piece of that superpage.
 */
final class Tlb {
    static final int ENTRIES = 512;
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

    Tlb() {
        Arrays.fill(vpn, INVALID);
    }

    /** ASIDs step the slot by an odd stride, spreading one page's copies over the table. */
    private static int slot(long pageNumber, int asid) {
        return (int) (pageNumber + 167L * asid) & (ENTRIES - 1);
    }

    /** The index of the entry translating {@code pageNumber} in address space {@code currentAsid}, or -1. */
    int find(long pageNumber, int currentAsid) {
        int i = slot(pageNumber, currentAsid);
        return vpn[i] == pageNumber && (global[i] || asid[i] == currentAsid) ? i : -1;
    }

    void insert(long pageNumber, int entryAsid, boolean isGlobal, long leafPte, long physicalPageAddress, int pageLevel) {
        int i = slot(pageNumber, entryAsid);
        vpn[i] = pageNumber;
        asid[i] = entryAsid;
        global[i] = isGlobal;
        pte[i] = leafPte;
        physicalPage[i] = physicalPageAddress;
        level[i] = pageLevel;
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
