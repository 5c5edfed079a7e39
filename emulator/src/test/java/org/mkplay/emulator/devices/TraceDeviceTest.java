package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.riscv.board.Virt;

class TraceDeviceTest {
    private final List<List<Long>> events = new ArrayList<>();
    private final TraceDevice trace = new TraceDevice((type, a, b, c, d) -> events.add(List.of(type, a, b, c, d)));

    @Test
    void typeReadsAsMagic() {
        assertEquals(0x4d4b5452L, trace.read(0x00, 4));
        assertEquals(0x4d4b5452L, trace.read(0x00, 8));
    }

    @Test
    void writingTypeCommitsTheArgumentsWhichPersist() {
        trace.write(0x08, 8, 11);
        trace.write(0x10, 8, -1L);
        trace.write(0x18, 8, 33);
        trace.write(0x20, 8, 44);
        trace.write(0x00, 8, 7);
        trace.write(0x08, 4, 12); // rewrite ARG0 only (low word)
        trace.write(0x00, 4, 8);
        assertEquals(List.of(List.of(7L, 11L, -1L, 33L, 44L), List.of(8L, 12L, -1L, 33L, 44L)), events);
        assertEquals(33, trace.read(0x18, 8));
    }

    @Test
    void halvesOfAnArgumentCanBeWrittenSeparately() {
        trace.write(0x0C, 4, 0xAABBCCDDL);
        trace.write(0x08, 4, 0x11223344L);
        trace.write(0x00, 8, 1);
        assertEquals(0xAABBCCDD11223344L, events.get(0).get(1));
        assertEquals(0, trace.read(0x28, 8), "nothing past ARG3");
    }

    @Test
    void aBoardMayLeaveTheWindowOutAsQemuDoes() {
        assertTrue(new Machine().bus().windowAt(Virt.TRACE_BASE, 8).device instanceof TraceDevice);
        Machine without = new Machine(new MachineConfig().traceWindow(false));
        assertNull(without.bus().windowAt(Virt.TRACE_BASE, 8), "unmapped: an access there is an access fault");
        assertTrue(without.bus().windowAt(Virt.UART_BASE, 1) != null, "the other devices stay");
    }
}
