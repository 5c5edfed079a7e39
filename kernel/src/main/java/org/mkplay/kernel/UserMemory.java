package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;

/**
 * What MAP and UNMAP need from the address spaces ({@link Vm} implements it for the machine; the unit tests
 * have a model). Split like a syscall: {@link #check} says whether {@link #map} would succeed, so the perform
 * step cannot fail.
 */
public interface UserMemory {
    /** OK, E_BAD_ARGUMENT (va already mapped in p) or E_NO_MEMORY (no frame left for a page table). */
    int check(Process p, long va);

    /** Maps the 4 KiB frame at physical {@code pa} at user {@code va} in p with Abi RIGHT_READ/WRITE/EXEC bits. */
    void map(Process p, long va, Address pa, int rights);

    /** Removes p's mapping at va (one that {@link #map} made) and flushes it from the TLB (p's ASID). */
    void unmap(Process p, long va);
}
