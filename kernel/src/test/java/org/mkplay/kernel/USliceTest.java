package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.FreshHostMachine;

/**
 * Checked user slices. The simulated machine has no MMU, so a user virtual address reads the host memory at that
 * address; it does model the rule the copy depends on: an S-mode access to user space while sstatus.SUM is clear
 * faults (here: throws), so the copies prove that SUM is set around them, and the tests that it is clear after.
 */
class USliceTest {
    static final long VA = Abi.USER_BASE + 0x3000;
    static final Address KERNEL_BUFFER = Address.fromLong(0x8600_0000L);

    /** The SUM rule: S-mode touching [USER_BASE, USER_END) without SUM is a page fault. */
    static final class SumGuard extends FreshHostMachine {
        @Override
        public long load(long address, int bytes) {
            check(address);
            return super.load(address, bytes);
        }

        @Override
        public void store(long address, int bytes, long value) {
            check(address);
            super.store(address, bytes, value);
        }

        private void check(long address) {
            boolean user = address >= Abi.USER_BASE && address < Abi.USER_END;
            if (user && (csrs().read(SSTATUS) & STATUS_SUM) == 0)
                throw new IllegalStateException("user memory touched without SUM");
        }
    }

    @RegisterExtension
    final SumGuard machine = new SumGuard();

    long satp;

    @BeforeEach
    void start() {
        satp = KernelRig.oneUserSpace(machine);
        Vm.mapUser(satp, VA, Frames.allocate().toLong(), Abi.RIGHT_READ | Abi.RIGHT_WRITE);
        Vm.mapUser(satp, VA + 0x1000, Frames.allocate().toLong(), Abi.RIGHT_READ);
        Vm.activate(satp);
    }

    @Test
    void aSliceInsideMappedUserPagesWithTheRightsIsAccepted() {
        assertNotNull(USlice.of(satp, VA + 0x800, 0x1000, false), "across two readable pages");
        assertNotNull(USlice.of(satp, VA + 0xff8, 8, true), "the end of the writable page");
        assertNotNull(USlice.of(satp, VA, 0, false));
    }

    @Test
    void badPointersAreRefused() {
        assertNull(USlice.of(satp, VA + 0xffc, 8, true), "runs into the read-only page");
        assertNull(USlice.of(satp, VA + 0x1ff8, 16, false), "runs past the mapped pages");
        assertNull(USlice.of(satp, VA - 8, 16, false), "starts below them");
        assertNull(USlice.of(satp, 0x8000_0000L, 8, false), "the kernel's memory");
        assertNull(USlice.of(satp, Abi.USER_BASE - 8, 16, false), "straddles user space's start");
        assertNull(USlice.of(satp, Abi.USER_END - 8, 16, false), "straddles its end");
        assertNull(USlice.of(satp, -8, 16, false), "wraps around");
        assertNull(USlice.of(satp, VA, -1, false), "negative length");
        assertNull(USlice.of(satp, VA, USlice.MAX_LENGTH + 1, false), "too long");
        assertNull(USlice.of(Vm.newSpace(2), VA, 8, false), "mapped in another space only");
    }

    @Test
    void copiesSetSumOnlyAroundTheCopy() {
        for (int k = 0; k < 16; k++) KERNEL_BUFFER.storeByte(k, (byte) (k + 1));
        USlice slice = USlice.of(satp, VA + 3, 16, true);
        slice.copyOut(KERNEL_BUFFER);
        assertEquals(0, Csr.read(SSTATUS) & STATUS_SUM);
        assertThrows(IllegalStateException.class, () -> Address.fromLong(VA).loadLong(), "no SUM outside the copy");
        Address back = KERNEL_BUFFER.plus(64);
        slice.copyIn(back);
        assertEquals(0, Csr.read(SSTATUS) & STATUS_SUM);
        for (int k = 0; k < 16; k++) assertEquals(k + 1, back.loadByte(k));
    }

    @Test
    void aReadOnlySliceIsNotWrittenAndNoSliceIsCopiedOutsideItsSpace() {
        USlice readOnly = USlice.of(satp, VA + 0x1000, 8, false);
        assertThrows(IllegalStateException.class, () -> readOnly.copyOut(KERNEL_BUFFER));
        Vm.activate(Vm.satp(Vm.root()));
        assertThrows(IllegalStateException.class, () -> readOnly.copyIn(KERNEL_BUFFER));
    }
}
