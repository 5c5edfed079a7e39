package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Address;

/** The frame allocator on the simulated board. */
class FramesTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    @BeforeEach
    void installBoard() {
        Frames.reset();
    }

    @Test
    void theRegionLiesInTheStackRegionAboveTheHandlersStack() {
        assertEquals(0x8701_0000L, Frames.BASE);
        assertEquals(0x8780_0000L, Frames.LIMIT);
        assertEquals(2032, Frames.TOTAL);
        assertTrue(Frames.BASE >= Traps.HANDLER_STACK_TOP
                && Frames.LIMIT <= UserImages.BASE
                && UserImages.LIMIT <= Vm.RAM_END);
    }

    @Test
    void framesAreHandedOutInOrderPageAlignedAndCounted() {
        assertEquals(0, Frames.used());
        assertEquals(0x8701_0000L, Frames.allocate().toLong());
        assertEquals(0x8701_1000L, Frames.allocate().toLong());
        assertEquals(2, Frames.used());
    }

    @Test
    void aFrameIsZeroedEvenWhereMemoryHeldSomething() {
        Address first = Address.fromLong(Frames.BASE);
        first.storeLong(0, -1L);
        first.storeLong(4088, 0x1234_5678L);
        Address frame = Frames.allocate();
        for (int offset = 0; offset < 4096; offset += 8) assertEquals(0, frame.loadLong(offset), "offset " + offset);
    }

    @Test
    void whenEveryFrameIsHandedOutTheNextIsTheZeroAddress() {
        for (int k = 0; k < Frames.TOTAL; k++) assertTrue(!Frames.allocate().isZero(), "frame " + k);
        assertTrue(Frames.allocate().isZero());
        assertEquals(Frames.TOTAL, Frames.used());
        assertEquals(0, Frames.free());
    }

    @Test
    void aFrameGivenBackIsHandedOutAgainZeroedAndTheCountsFollow() {
        Address a = Frames.allocate(), b = Frames.allocate();
        a.storeLong(16, 42);
        Frames.free(a);
        assertEquals(1, Frames.used());
        assertEquals(Frames.TOTAL - 1, Frames.free());
        assertEquals(a.toLong(), Frames.allocate().toLong(), "the free list first");
        for (int offset = 0; offset < 4096; offset += 8) assertEquals(0, a.loadLong(offset), "offset " + offset);
        assertEquals(b.toLong() + 4096, Frames.allocate().toLong(), "then the untouched part");
        assertEquals(3, Frames.used());
    }

    @Test
    void givingBackAFrameThePoolDidNotHandOutIsRefused() {
        Frames.allocate();
        assertThrows(
                IllegalStateException.class, () -> Frames.free(Address.fromLong(Frames.BASE + 4096)), "not handed out");
        assertThrows(IllegalStateException.class, () -> Frames.free(Address.fromLong(Frames.BASE + 8)), "misaligned");
        assertThrows(
                IllegalStateException.class, () -> Frames.free(Address.fromLong(0x8000_0000L)), "outside the pool");
        assertEquals(1, Frames.used());
    }
}
