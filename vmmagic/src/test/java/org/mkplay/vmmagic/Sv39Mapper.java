package org.mkplay.vmmagic;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.priv.Sv39;

/**
 * Example kernel logic written against the intrinsics: building Sv39 page tables (privileged spec 10.4)
 * in frames taken from a bump allocator, a software walk, and switching satp. On the JVM it runs on the
 * HostMachine; compiled in the kernel profile the same code runs on the hart.
 */
final class Sv39Mapper {
    static final long VALID = Sv39.PTE_V,
            READ = Sv39.PTE_R,
            WRITE = Sv39.PTE_W,
            EXECUTE = Sv39.PTE_X,
            USER = Sv39.PTE_U,
            ACCESSED = Sv39.PTE_A,
            DIRTY = Sv39.PTE_D;
    static final int PAGE = (int) Sv39.PAGE_SIZE;

    private Address nextFrame;
    private int framesUsed;

    Sv39Mapper(Address framePool) {
        this.nextFrame = framePool;
    }

    int framesUsed() {
        return framesUsed;
    }

    /** A zeroed, page-aligned frame (a page table has 512 eight-byte entries). */
    Address newTable() {
        Address table = nextFrame;
        nextFrame = nextFrame.plus(PAGE);
        framesUsed++;
        for (int k = 0; k < PAGE; k += 8) table.storeLong(k, 0);
        return table;
    }

    /** Maps the 4 KiB page at va to pa with the given R/W/X/U flags, creating intermediate tables. */
    void map(Address root, long va, long pa, long flags) {
        Address table = root;
        for (int level = 2; level > 0; level--) {
            Address pte = table.plus(8L * vpn(va, level));
            long entry = pte.loadLong();
            if ((entry & VALID) == 0) {
                Address next = newTable();
                entry = next.toLong() >>> 12 << 10 | VALID;
                pte.storeLong(entry);
            }
            table = Address.fromLong(entry >>> 10 << 12);
        }
        table.storeLong(8 * vpn(va, 0), pa >>> 12 << 10 | flags | ACCESSED | DIRTY | VALID);
    }

    /** The physical address va translates to, or -1 if it is not mapped (leaves at level 0 only). */
    long translate(Address root, long va) {
        Address table = root;
        for (int level = 2; level >= 0; level--) {
            long entry = table.loadLong(8 * vpn(va, level));
            if ((entry & VALID) == 0) return -1;
            if (level == 0) return entry >>> 10 << 12 | va & (PAGE - 1);
            table = Address.fromLong(entry >>> 10 << 12);
        }
        return -1;
    }

    /** satp = Sv39 | asid | root PPN, then flush the stale translations of that address space. */
    static void activate(Address root, int asid) {
        Csr.write(SATP, SATP_SV39 | (long) asid << 44 | root.toLong() >>> 12);
        Cpu.sfenceVma();
    }

    private static int vpn(long va, int level) {
        return (int) (va >>> 12 + 9 * level) & 511;
    }
}
