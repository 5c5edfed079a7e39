package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mkplay.vmmagic.host.HostMachine;

/** On the JVM, Image reports the layout set on this thread's machine (0 until set). */
class ImageTest {
    private final HostMachine machine = new HostMachine();
    private final HostMachine previous = HostMachine.install(machine);

    @AfterEach
    void restore() {
        HostMachine.install(previous);
    }

    @Test
    void aFreshMachineHasNoLayout() {
        assertEquals(0, Image.textStart().toLong());
        assertEquals(0, Image.end().toLong());
    }

    @Test
    void theBoundsAreTheOnesSet() {
        machine.setImage(0x8000_0000L, 0x8000_3000L, 0x8000_3000L, 0x8000_5a48L);
        assertEquals(0x8000_0000L, Image.textStart().toLong());
        assertEquals(0x8000_3000L, Image.textEnd().toLong());
        assertEquals(0x8000_3000L, Image.dataStart().toLong());
        assertEquals(0x8000_5a48L, Image.end().toLong());
    }
}
