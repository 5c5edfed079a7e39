package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;

/**
 * A range of user memory the kernel has checked before touching it (like Hubris's USlice): an untrusted pointer
 * and length from a syscall become a USlice only if every byte lies in [USER_BASE, USER_END) and every page of it
 * is mapped in the process's space with U and the rights the copy needs (R, and W to write). The copies go through
 * the user's own virtual addresses, so its space must be the active one, and they set sstatus.SUM (S-mode may touch
 * U pages) only for the copy itself: anywhere else a stray kernel access to user memory faults.
 * Invariants: {@code USER_BASE <= va}, {@code va + length <= USER_END}, {@code 0 <= length <= MAX_LENGTH}.
 */
public final class USlice {
    /** The longest slice: one IPC buffer. */
    public static final long MAX_LENGTH = Abi.MAX_BUFFER;

    public final long satp, va, length;
    public final boolean writable;

    private USlice(long satp, long va, long length, boolean writable) {
        this.satp = satp;
        this.va = va;
        this.length = length;
        this.writable = writable;
    }

    /** The checked slice, or null if the pointer is bad (the syscall answers E_BAD_POINTER). */
    public static USlice of(long satp, long va, long length, boolean writable) {
        if (length < 0 || length > MAX_LENGTH || va < Abi.USER_BASE || va > Abi.USER_END - length) return null;
        int rights = Abi.RIGHT_READ | (writable ? Abi.RIGHT_WRITE : 0);
        for (long page = va & -Frames.FRAME_SIZE; page < va + length; page += Frames.FRAME_SIZE) {
            if (Vm.translate(satp, page, rights) < 0) return null;
        }
        return new USlice(satp, va, length, writable);
    }

    /** Copies the slice's bytes into kernel memory at to. */
    public void copyIn(Address to) {
        requireActive();
        Csr.setBits(SSTATUS, STATUS_SUM);
        UserImages.copy(Address.fromLong(va), to, length);
        Csr.clearBits(SSTATUS, STATUS_SUM);
    }

    /** Copies length bytes from kernel memory at from into the slice; the slice must have been checked writable. */
    public void copyOut(Address from) {
        if (!writable) throw new IllegalStateException("copy into a slice checked read-only");
        requireActive();
        Csr.setBits(SSTATUS, STATUS_SUM);
        UserImages.copy(from, Address.fromLong(va), length);
        Csr.clearBits(SSTATUS, STATUS_SUM);
    }

    private void requireActive() {
        if (Csr.read(SATP) != satp) throw new IllegalStateException("a user slice copied outside its address space");
    }
}
