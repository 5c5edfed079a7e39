package org.mkplay.emulator.mmu;

import static org.mkplay.riscv.priv.Csr.SATP_ASID_MASK;
import static org.mkplay.riscv.priv.Csr.SATP_ASID_SHIFT;
import static org.mkplay.riscv.priv.Csr.SATP_MODE_SHIFT;
import static org.mkplay.riscv.priv.Csr.SATP_MODE_SV39;
import static org.mkplay.riscv.priv.Sv39.*;

import java.util.Arrays;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.bus.Bus;
import org.mkplay.emulator.bus.Ram;
import org.mkplay.emulator.cpu.Pmp;
import org.mkplay.emulator.cpu.Privilege;
import org.mkplay.emulator.cpu.Trap;
import org.mkplay.emulator.cpu.Triggers;
import org.mkplay.riscv.priv.Cause;

/**
 * Address translation: bare mode and Sv39 (privileged spec 4.3 and 4.4), with hardware update of
 * the A and D bits, the ASID-tagged {@link Tlb}, and per-access-kind fast caches.
 *
 * <p>The fast caches map a virtual page straight to its offset in RAM for one access kind
 * (load or store) under the current translation context (privilege, MPRV, SUM, MXR, satp). They
 * hold only pages already checked for that kind (a store page only once D is set), so a hit needs
 * no further checks. Any change of context empties them ({@link #contextChanged}); the TLB survives
 * satp switches because it is tagged by ASID.
 *
 * <p>Emptying is O(1): a tag is {@code va >>> 12} (at most 52 bits) ORed with the current generation in
 * bits 52..63, so bumping the generation invalidates every entry at once. Only when the generation wraps
 * are the arrays actually cleared. (Traps flush twice each, and trap-heavy guests take hundreds of
 * thousands of them.)
 *
 * <p>Size: {@link #FAST_ENTRIES} entries each, direct-mapped by virtual page, so untranslated accesses (M-mode, satp
 * Bare) reach 128 MiB without a miss (the peer benchmark's sieve stores into 100 MB). A translated access that
 * misses counts a TLB look-up ({@code tlbHits}, {@code tlbMisses}), so under Sv39 the caches behave as the
 * 256-entry ones they were, and those counters stay what they were: an entry is filled only after dropping the
 * entry of the page that shared its slot of 256 ({@link #TRANSLATED_ENTRIES}).
 */
public final class Mmu {
    public static final int LOAD = 0, STORE = 1, FETCH = 2;
    public static final int FAST_ENTRIES = 32768;
    /** Fast-cache entries in effect for translated accesses: see the class comment. */
    static final int TRANSLATED_ENTRIES = 256;
    /** Fast-cache tag of an empty entry: never equal to a tag, as the generation never reaches 0xFFF. */
    public static final long NO_PAGE = -1;

    private static final long GENERATION_STEP = 1L << 52;
    private static final long LAST_GENERATION = 0xFFEL << 52;

    /** Load fast cache: tag = (va >>> 12) | generation, value = RAM offset of the page. */
    public final long[] loadTag = new long[FAST_ENTRIES], loadPage = new long[FAST_ENTRIES];
    /** Store fast cache, same layout. */
    public final long[] storeTag = new long[FAST_ENTRIES], storePage = new long[FAST_ENTRIES];
    /**
     * Per slot of {@link #TRANSLATED_ENTRIES}, the fast-cache index last filled by a translated access. Invariant:
     * under translation every valid entry at index i is {@code loadHolder[i % 256]} (stores likewise).
     */
    private final int[] loadHolder = new int[TRANSLATED_ENTRIES], storeHolder = new int[TRANSLATED_ENTRIES];

    private final Bus bus;
    private final Ram ram;
    private final Counters counters;
    private final Trap trap;
    private final Tlb tlb = new Tlb();
    /** Pages a data trigger watches stay out of the fast caches, so that every access to them is checked. */
    private final Triggers triggers;
    /** Only pages PMP allows throughout enter the fast caches; page-table reads are checked as S-mode loads. */
    private final Pmp pmp;

    private final Bus.RamWriteObserver pteWriteObserver;
    private long satp;
    private int fetchPrivilege = Privilege.MACHINE, dataPrivilege = Privilege.MACHINE;
    private boolean sum, mxr;
    /** RAM offset of a page whose stores must be seen by the machine (tohost), or -1. */
    private long watchedPage = -1;

    private long generation;

    public Mmu(
            Bus bus, Counters counters, Trap trap, Bus.RamWriteObserver pteWriteObserver, Triggers triggers, Pmp pmp) {
        this.bus = bus;
        this.pmp = pmp;
        this.triggers = triggers;
        this.ram = bus.ram();
        this.counters = counters;
        this.trap = trap;
        this.pteWriteObserver = pteWriteObserver;
        Arrays.fill(loadTag, NO_PAGE);
        Arrays.fill(storeTag, NO_PAGE);
    }

    public long satp() {
        return satp;
    }

    /** satp write: a MODE other than Bare or Sv39 leaves satp unchanged (spec 4.1.11). ASIDLEN = 16. */
    public void writeSatp(long value) {
        long mode = value >>> SATP_MODE_SHIFT;
        if (mode != 0 && mode != SATP_MODE_SV39) {
            return;
        }
        satp = value & ((0xFL << SATP_MODE_SHIFT) | (SATP_ASID_MASK << SATP_ASID_SHIFT) | PPN_MASK);
        counters.satpWrites++;
        flushFastCaches();
    }

    public void setWatchedPage(long ramOffsetOfPage) {
        watchedPage = ramOffsetOfPage;
        flushFastCaches();
    }

    /** New privilege, MPRV/MPP, SUM or MXR: cached permission checks no longer hold. */
    public void contextChanged(
            int fetchLevel, int dataLevel, boolean permitUserMemory, boolean makeExecutableReadable) {
        fetchPrivilege = fetchLevel;
        dataPrivilege = dataLevel;
        sum = permitUserMemory;
        mxr = makeExecutableReadable;
        flushFastCaches();
    }

    public void flushFastCaches() {
        if (generation != LAST_GENERATION) {
            generation += GENERATION_STEP;
            return;
        }
        generation = 0;
        Arrays.fill(loadTag, NO_PAGE);
        Arrays.fill(storeTag, NO_PAGE);
    }

    /** The bits the fast-cache tags of the current context carry above the page number. */
    public long generation() {
        return generation;
    }

    /** sfence.vma with the given operands; {@code null}-like flags say whether rs1/rs2 were x0. */
    public void sfence(boolean byAddress, long virtualAddress, boolean byAsid, long asidValue) {
        counters.sfences++;
        tlb.flush(byAddress, vpn(virtualAddress), byAsid, (int) (asidValue & 0xFFFF));
        flushFastCaches();
    }

    /**
     * Translates {@code va} for an access of the given kind at the current privilege, raising the
     * page fault (or, for page-table memory outside RAM, access fault) the spec prescribes.
     */
    public long translate(long va, int access) {
        int level = access == FETCH ? fetchPrivilege : dataPrivilege;
        if (!translates(level)) {
            return va;
        }
        if ((va >> 38) != 0 && (va >> 38) != -1) {
            throw trap.raise(pageFault(access), va); // bits 63..39 must all equal bit 38
        }
        long page = vpn(va);
        int asid = (int) (satp >>> SATP_ASID_SHIFT) & (int) SATP_ASID_MASK;
        int i = tlb.find(page, asid);
        if (i >= 0 && adUpToDate(tlb.pte[i], access)) {
            counters.tlbHits++;
            checkPermission(tlb.pte[i], access, level, va);
            return tlb.physicalPage[i] | (va & 0xFFF);
        }
        counters.tlbMisses++;
        return walk(va, access, level, asid);
    }

    /** Records a translated RAM page in the fast cache of {@code access} (loads and stores only). */
    public void remember(long va, int access, long pa) {
        long pageOffset = (pa & ~0xFFFL) - bus.ramBase();
        if (access == FETCH
                || !bus.isRam(pa & ~0xFFFL, 4096)
                || pageOffset == watchedPage
                || (triggers.dataArmed() && triggers.dataPageWatched(va >>> 12))
                || pmp.page(pa & ~0xFFFL, access == LOAD ? Pmp.READ : Pmp.WRITE, dataPrivilege) != Pmp.PAGE_ALLOWED) {
            return;
        }
        int i = (int) (va >>> 12) & (FAST_ENTRIES - 1);
        long[] tags = access == LOAD ? loadTag : storeTag, pages = access == LOAD ? loadPage : storePage;
        if (translates(dataPrivilege)) { // behave as 256 entries: see the class comment
            int[] holder = access == LOAD ? loadHolder : storeHolder;
            int slot = i % TRANSLATED_ENTRIES;
            tags[holder[slot]] = NO_PAGE;
            holder[slot] = i;
        }
        tags[i] = (va >>> 12) | generation;
        pages[i] = pageOffset;
    }

    /** Whether an access at privilege {@code level} is translated (and counts TLB look-ups): not M, satp Sv39. */
    private boolean translates(int level) {
        return level != Privilege.MACHINE && (satp >>> SATP_MODE_SHIFT) == SATP_MODE_SV39;
    }

    private static long vpn(long va) {
        return (va >>> 12) & ((1L << 27) - 1);
    }

    private static boolean adUpToDate(long pte, int access) {
        return (pte & PTE_A) != 0 && (access != STORE || (pte & PTE_D) != 0);
    }

    /** The Sv39 walk of spec 4.3.2, steps 2 to 8, with hardware A/D update (Svadu behaviour, as QEMU). */
    private long walk(long va, int access, int privilege, int asid) {
        counters.pageWalks++;
        long table = (satp & PPN_MASK) << PAGE_SHIFT;
        boolean global = false;
        for (int level = 2; level >= 0; level--) {
            long pteAddress = table + ((va >>> (12 + 9 * level)) & 511) * 8;
            long pte = readPte(pteAddress, access, va);
            if ((pte & PTE_V) == 0 || ((pte & PTE_R) == 0 && (pte & PTE_W) != 0) || (pte & PTE_RESERVED) != 0) {
                throw trap.raise(pageFault(access), va);
            }
            global |= (pte & PTE_G) != 0;
            if ((pte & (PTE_R | PTE_X)) == 0) {
                table = ((pte >>> PPN_SHIFT) & PPN_MASK) << PAGE_SHIFT;
                continue;
            }
            return leaf(va, access, privilege, asid, global, level, pte, pteAddress);
        }
        throw trap.raise(pageFault(access), va);
    }

    private long leaf(
            long va, int access, int privilege, int asid, boolean global, int level, long pte, long pteAddress) {
        long ppn = (pte >>> PPN_SHIFT) & PPN_MASK;
        long superpageMask = (1L << (9 * level)) - 1;
        if ((ppn & superpageMask) != 0) {
            throw trap.raise(pageFault(access), va); // misaligned superpage
        }
        checkPermission(pte, access, privilege, va);
        long updated = pte | PTE_A | (access == STORE ? PTE_D : 0);
        if (updated != pte) {
            writePte(pteAddress, updated);
        }
        long physicalPage = (ppn | ((va >>> 12) & superpageMask)) << 12;
        tlb.insert(vpn(va), asid, global, updated, physicalPage, level);
        return physicalPage | (va & 0xFFF);
    }

    private void checkPermission(long pte, int access, int privilege, long va) {
        boolean allowed;
        switch (access) {
            case FETCH:
                allowed = (pte & PTE_X) != 0;
                break;
            case LOAD:
                allowed = (pte & PTE_R) != 0 || (mxr && (pte & PTE_X) != 0);
                break;
            default:
                allowed = (pte & PTE_W) != 0;
                break;
        }
        boolean userPage = (pte & PTE_U) != 0;
        if (privilege == Privilege.USER) {
            allowed &= userPage;
        } else if (userPage) {
            allowed &= access != FETCH && sum; // S-mode never executes user pages; touches them only with SUM
        }
        if (!allowed) {
            throw trap.raise(pageFault(access), va);
        }
    }

    private long readPte(long pa, int access, long va) {
        if (!bus.isRam(pa, 8) || !pmp.allows(pa, 8, Pmp.READ, Privilege.SUPERVISOR)) {
            throw trap.raise(accessFault(access), va);
        }
        counters.pteReads++;
        return ram.read(pa - bus.ramBase(), 8);
    }

    private void writePte(long pa, long value) {
        long offset = pa - bus.ramBase();
        pteWriteObserver.ramWritten(offset, 8);
        ram.write(offset, 8, value);
    }

    public static int pageFault(int access) {
        return access == FETCH
                ? Cause.INSTRUCTION_PAGE_FAULT
                : access == LOAD ? Cause.LOAD_PAGE_FAULT : Cause.STORE_PAGE_FAULT;
    }

    public static int accessFault(int access) {
        return access == FETCH
                ? Cause.INSTRUCTION_ACCESS_FAULT
                : access == LOAD ? Cause.LOAD_ACCESS_FAULT : Cause.STORE_ACCESS_FAULT;
    }
}
