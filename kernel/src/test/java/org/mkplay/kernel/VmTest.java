package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.priv.Csr.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.kernel.Sv39Walk.Access;
import org.mkplay.kernel.Sv39Walk.Leaf;
import org.mkplay.kernel.Sv39Walk.PageFault;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;

/**
 * The kernel's address space, built on the simulated board for an image whose text is 0x8000_0000..0x8000_4000,
 * and checked by walking the tables as the hart would ({@link Sv39Walk}).
 */
class VmTest {
    static final long TEXT = 0x8000_0000L, DATA = 0x8000_4000L, MIB2 = 0x20_0000L;
    static final long UART = Virt.UART_BASE, FINISHER = Virt.FINISHER_BASE;

    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    Sv39Walk walk;
    final List<Leaf> leaves = new ArrayList<>();

    @BeforeEach
    void startVm() {
        Frames.reset();
        board.setImage(TEXT, DATA, DATA, DATA + 0x800);
        Vm.start();
        walk = new Sv39Walk(Csr.read(SATP));
    }

    /** The identity leaf for va, allowing access. */
    private Leaf allowed(long va, Access access) {
        Leaf leaf = walk.translate(va, access);
        assertEquals(va, leaf.pa(), "identity map");
        leaves.add(leaf);
        return leaf;
    }

    private void faults(long va, Access access) {
        assertThrows(PageFault.class, () -> walk.translate(va, access), () -> access + " at 0x" + Long.toHexString(va));
    }

    @Test
    void satpSelectsSv39AsidZeroAndTheRootFrameThenTheTlbIsFlushed() {
        assertEquals(8L << 60 | Frames.BASE >>> 12, Csr.read(SATP));
        assertEquals(Frames.BASE, Vm.root().toLong());
        assertEquals(1, board.sfenceVmas());
    }

    @Test
    void textIsReadableAndExecutableButNotWritable() {
        for (long va : new long[] {TEXT, TEXT + 0x1234, DATA - 8}) {
            assertEquals(0, allowed(va, Access.FETCH).level());
            allowed(va, Access.LOAD);
            faults(va, Access.STORE);
        }
    }

    @Test
    void dataHeapStacksTrapFrameAndTablesAreReadWriteButNotExecutable() {
        for (long va : new long[] {
            DATA, 0x801f_fff8L, 0x8020_0000L, 0x86ff_fff8L, Traps.FRAME_BASE, Frames.BASE, Vm.RAM_END - 8
        }) {
            allowed(va, Access.LOAD);
            allowed(va, Access.STORE);
            faults(va, Access.FETCH);
        }
    }

    @Test
    void dataUses4KiBPagesUpToThe2MiBBoundaryThen2MiBPagesToTheEndOfRam() {
        for (long va = DATA; va < TEXT + MIB2; va += 4096)
            assertEquals(0, allowed(va, Access.STORE).level());
        for (long va = TEXT + MIB2; va < Vm.RAM_END; va += MIB2)
            assertEquals(1, allowed(va, Access.STORE).level());
    }

    @Test
    void theUartAndTheFinisherAreOneReadWritePageEach() {
        for (long va : new long[] {UART, UART + 7, FINISHER}) {
            assertEquals(0, allowed(va, Access.LOAD).level());
            allowed(va, Access.STORE);
            faults(va, Access.FETCH);
        }
    }

    @Test
    void everythingElseIsUnmapped() {
        long[] unmapped = {
            0,
            FINISHER - 4096,
            FINISHER + 4096,
            Virt.CLINT_BASE,
            Virt.PLIC_BASE,
            UART + 4096 /* virtio */,
            UART - 4096,
            TEXT - 4096,
            Vm.RAM_END,
            0x4000_0000L,
            -4096L
        };
        for (long va : unmapped) {
            faults(va, Access.LOAD);
            faults(va, Access.FETCH);
        }
    }

    @Test
    void leavesHaveAccessedSetDirtyWhereWritableAndNeitherUserNorGlobal() {
        textIsReadableAndExecutableButNotWritable();
        theUartAndTheFinisherAreOneReadWritePageEach();
        dataUses4KiBPagesUpToThe2MiBBoundaryThen2MiBPagesToTheEndOfRam();
        for (Leaf leaf : leaves) {
            long pte = leaf.pte();
            assertEquals(Sv39Walk.A, pte & Sv39Walk.A);
            assertEquals((pte & Sv39Walk.W) != 0, (pte & Sv39Walk.D) != 0, "D exactly where W");
            assertEquals(0, pte & (Sv39Walk.U | Vm.GLOBAL));
        }
    }

    @Test
    void sixTablePagesAllFromTheFrameRegion() {
        leavesHaveAccessedSetDirtyWhereWritableAndNeitherUserNorGlobal();
        // the root; in RAM's GiB a level-1 table and a level-0 one for the first 2 MiB (text, then data);
        // in the devices' GiB a level-1 table and a level-0 one each for the finisher's and the UART's 2 MiB
        assertEquals(6, Frames.used());
        assertEquals(6, walk.tablesVisited.size());
        for (long table : walk.tablesVisited) {
            assertTrue(table >= Frames.BASE && table < Frames.LIMIT, Long.toHexString(table));
        }
    }

    /** Maps [from, to) read-write into a fresh root, from an empty frame region, and walks that space. */
    private static Sv39Walk aloneInAFreshSpace(long from, long to) {
        Frames.reset();
        Address root = Frames.allocate();
        Vm.mapRange(root, from, to, Vm.READ_WRITE);
        return new Sv39Walk(Vm.satp(root));
    }

    @Test
    void anAligned1GiBRangeIsOneLeafInTheRoot() {
        Sv39Walk gigaWalk = aloneInAFreshSpace(0x4000_0000L, 0x8000_0000L);
        assertEquals(2, gigaWalk.translate(0x4000_0000L, Access.STORE).level());
        assertEquals(0x7fff_fff8L, gigaWalk.translate(0x7fff_fff8L, Access.LOAD).pa());
        assertEquals(1, Frames.used(), "no table below the root");
    }

    @Test
    void fourKiBPagesAcrossA2MiBBoundaryGoIntoTwoLevel0Tables() {
        Sv39Walk fresh = aloneInAFreshSpace(0x801f_e000L, 0x8020_2000L);
        for (long va = 0x801f_e000L; va < 0x8020_2000L; va += 4096) {
            assertEquals(va, fresh.translate(va, Access.STORE).pa());
            assertEquals(0, fresh.translate(va, Access.STORE).level());
        }
        assertThrows(PageFault.class, () -> fresh.translate(0x801f_d000L, Access.LOAD));
        assertThrows(PageFault.class, () -> fresh.translate(0x8020_2000L, Access.LOAD));
        assertEquals(4, Frames.used(), "root, one level-1 table, two level-0 tables");
    }

    @Test
    void theLargestPageThatFitsIsChosen() {
        assertEquals(0, Vm.largestLevel(DATA, Vm.RAM_END));
        assertEquals(1, Vm.largestLevel(TEXT + MIB2, Vm.RAM_END));
        assertEquals(0, Vm.largestLevel(TEXT, TEXT + MIB2 - 4096), "aligned but too short");
        assertEquals(1, Vm.largestLevel(0x4000_0000L, 0x7fff_f000L));
        assertEquals(2, Vm.largestLevel(0x4000_0000L, 0x8000_0000L));
    }

    @Test
    void mappingAPageTwiceIsRefused() {
        assertThrows(IllegalStateException.class, () -> Vm.mapRange(Vm.root(), UART, UART + 4096, Vm.READ_WRITE));
        assertThrows(
                IllegalStateException.class,
                () -> Vm.mapRange(Vm.root(), 0x8040_0000L, 0x8040_1000L, Vm.READ_WRITE),
                "a 4 KiB page inside a 2 MiB leaf");
    }

    @Test
    void aMachineWithoutAnImageLayoutIsRefused() {
        board.setImage(0, 0, 0, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, Vm::buildKernelSpace);
        assertEquals("no image layout", e.getMessage());
    }

    @Test
    void theDescriptionNamesTheTablePagesAndTheRegions() {
        assertEquals(
                "vm: Sv39 on, 6 page-table pages; text RX 0x80000000..0x80004000, data/heap/stacks RW "
                        + "0x80004000..0x88000000, UART, finisher and trace window RW",
                Vm.describe());
    }
}
