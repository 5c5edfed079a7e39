package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Address;

/** The page-table frame allocator on the simulated board. */
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
        assertEquals(0x8702_0000L, Frames.LIMIT);
        assertTrue(Frames.BASE >= Traps.HANDLER_STACK_TOP && Frames.LIMIT <= Vm.RAM_END);
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
    void theSeventeenthFrameIsRefused() {
        for (int k = 0; k < 16; k++) Frames.allocate();
        IllegalStateException e = assertThrows(IllegalStateException.class, Frames::allocate);
        assertEquals("out of page-table frames", e.getMessage());
        assertEquals(16, Frames.used());
    }
}
