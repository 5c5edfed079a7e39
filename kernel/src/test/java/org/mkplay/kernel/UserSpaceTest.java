package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.kernel.Sv39Walk.Access;
import org.mkplay.kernel.Sv39Walk.PageFault;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;

/**
 * User address spaces (Vm.newSpace and friends) on the simulated board, checked by walking the tables as the hart
 * would in U-mode and in S-mode ({@link Sv39Walk}).
 */
class UserSpaceTest {
    static final long TEXT = 0x8000_0000L, DATA = 0x8000_4000L;
    static final long VA = Abi.USER_BASE + 0x5000;
    static final int RW = Abi.RIGHT_READ | Abi.RIGHT_WRITE, RX = Abi.RIGHT_READ | Abi.RIGHT_EXEC;

    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    long kernelSatp;
    int kernelFrames;

    @BeforeEach
    void startVm() {
        Frames.reset();
        board.setImage(TEXT, DATA, DATA, DATA + 0x800);
        Vm.start();
        kernelSatp = Csr.read(SATP);
        kernelFrames = Frames.used();
    }

    @Test
    void aNewSpaceHasItsAsidItsOwnRootAndTheKernelMappedWithoutU() {
        long satp = Vm.newSpace(5);
        assertEquals(8L, satp >>> 60);
        assertEquals(5, Vm.asidOf(satp));
        assertNotEquals(Vm.root().toLong(), Vm.rootOf(satp).toLong());
        Sv39Walk kernel = new Sv39Walk(kernelSatp), space = new Sv39Walk(satp), user = new Sv39Walk(satp, true);
        for (long va : new long[] {TEXT, DATA, 0x8700_0000L, 0x1000_0000L}) {
            assertEquals(
                    kernel.translate(va, Access.LOAD),
                    space.translate(va, Access.LOAD),
                    "the kernel's mapping at " + va);
            assertThrows(PageFault.class, () -> user.translate(va, Access.LOAD), "U-mode reaches no kernel page");
        }
        assertThrows(PageFault.class, () -> user.translate(VA, Access.LOAD), "user space starts empty");
        assertEquals(kernelFrames + 1, Frames.used(), "one root; the kernel's lower tables are shared");
    }

    @Test
    void aMappedPageIsReachableFromUModeWithItsRightsAndNotFromSMode() {
        long satp = Vm.newSpace(1);
        long frame = Frames.allocate().toLong();
        assertEquals(Abi.OK, Vm.mapUser(satp, VA, frame, RX));
        Sv39Walk user = new Sv39Walk(satp, true);
        assertEquals(frame + 0x18, user.translate(VA + 0x18, Access.FETCH).pa());
        assertEquals(frame, user.translate(VA, Access.LOAD).pa());
        assertThrows(PageFault.class, () -> user.translate(VA, Access.STORE), "not writable");
        assertThrows(
                PageFault.class, () -> new Sv39Walk(satp).translate(VA, Access.LOAD), "a U page in S-mode (SUM = 0)");
        assertThrows(
                PageFault.class,
                () -> new Sv39Walk(kernelSatp, true).translate(VA, Access.LOAD),
                "not in the kernel's space");
        assertEquals(VA, board.lastSfenceVa());
        assertEquals(1, board.lastSfenceAsid(), "that page of that ASID only");
        assertEquals(frame + 8, Vm.translate(satp, VA + 8, Abi.RIGHT_READ));
        assertEquals(-1, Vm.translate(satp, VA + 8, Abi.RIGHT_WRITE));
        assertEquals(-1, Vm.translate(satp, VA + 0x1000, Abi.RIGHT_READ), "the next page is unmapped");
    }

    @Test
    void badMappingsAreRefusedWithAnErrorCodeAndChangeNothing() {
        long satp = Vm.newSpace(1);
        long frame = Frames.allocate().toLong();
        int before = Frames.used();
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, VA + 8, frame, RW), "misaligned va");
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, VA, frame + 8, RW), "misaligned frame");
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, Abi.USER_BASE - 0x1000, frame, RW), "below user space");
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, Abi.USER_END, frame, RW), "the kernel's RAM");
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, VA, frame, Abi.RIGHT_WRITE), "W without R");
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, VA, frame, 0), "no rights");
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, VA, frame, Abi.RIGHT_SEND), "not a mapping right");
        assertEquals(before, Frames.used(), "no table was allocated for a refused mapping");
        assertEquals(Abi.OK, Vm.mapUser(satp, VA, frame, RW));
        assertEquals(Abi.E_BAD_ARGUMENT, Vm.mapUser(satp, VA, frame, RW), "mapped twice");
        assertEquals(0, Vm.root().loadLong(8 * Vm.USER_ROOT_ENTRY), "the kernel's own space never gets user tables");
    }

    @Test
    void tablesNeededCountsTheMissingTablesAndOutOfFramesIsNoMemory() {
        long satp = Vm.newSpace(1);
        assertEquals(2, Vm.tablesNeeded(satp, VA));
        assertEquals(Abi.OK, Vm.mapUser(satp, VA, Frames.allocate().toLong(), RW));
        assertEquals(0, Vm.tablesNeeded(satp, VA + 0x1000), "the same 2 MiB");
        assertEquals(1, Vm.tablesNeeded(satp, VA + 0x20_0000), "another 2 MiB of the same GiB");
        long frame = Frames.allocate().toLong();
        while (Frames.free() > 0) Frames.allocate();
        assertEquals(Abi.E_NO_MEMORY, Vm.mapUser(satp, VA + 0x20_0000, frame, RW));
        assertEquals(Abi.OK, Vm.mapUser(satp, VA + 0x1000, frame, RW), "no table needed");
        assertEquals(0, Vm.newSpace(2), "no frame for a root");
    }

    @Test
    void unmapReturnsTheFrameAndFlushesThatPageOfThatAsid() {
        long satp = Vm.newSpace(3);
        long frame = Frames.allocate().toLong();
        Vm.mapUser(satp, VA, frame, RW);
        long fences = board.sfenceVmas();
        assertEquals(frame, Vm.unmapUser(satp, VA));
        assertEquals(fences + 1, board.sfenceVmas());
        assertEquals(VA, board.lastSfenceVa());
        assertEquals(3, board.lastSfenceAsid());
        assertThrows(PageFault.class, () -> new Sv39Walk(satp, true).translate(VA, Access.LOAD));
        assertEquals(-1, Vm.unmapUser(satp, VA), "nothing mapped there now");
        assertEquals(-1, Vm.unmapUser(satp, VA + 0x40_0000), "no table there");
    }

    @Test
    void switchingSpacesIsOneSatpWriteWithoutAFlush() {
        long a = Vm.newSpace(1), b = Vm.newSpace(2);
        long fences = board.sfenceVmas();
        Vm.activate(a);
        assertEquals(a, Csr.read(SATP));
        Vm.activate(b);
        assertEquals(b, Csr.read(SATP));
        assertEquals(fences, board.sfenceVmas());
    }

    @Test
    void freeingASpaceGivesBackItsTablesAndOwnedFramesButNotAMappedOne() {
        int before = Frames.used();
        long satp = Vm.newSpace(1);
        Address owned = Frames.allocate(), shared = Frames.allocate();
        assertEquals(Abi.OK, Vm.mapOwned(satp, VA, owned.toLong(), RW));
        assertEquals(Abi.OK, Vm.mapUser(satp, VA + 0x40_0000, shared.toLong(), RW));
        assertEquals(before + 1 + 2 + 2 + 1, Frames.used(), "root, two frames, a level-1 table and two level-0 tables");
        long fences = board.sfenceVmas();
        Vm.freeSpace(satp);
        assertEquals(before + 1, Frames.used(), "only the frame mapped with mapUser is still out");
        assertEquals(fences + 1, board.sfenceVmas(), "the ASID may name another space next");
        Frames.free(shared);
        assertEquals(before, Frames.used());
    }

    @Test
    void asidsOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Vm.newSpace(0), "0 is the kernel's");
        assertThrows(IllegalArgumentException.class, () -> Vm.newSpace(Vm.MAX_ASID + 1));
        assertTrue(Vm.newSpace(Vm.MAX_ASID) != 0);
    }
}
