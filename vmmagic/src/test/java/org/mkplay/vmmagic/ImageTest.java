package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the JVM, Image reports the layout set on this thread's machine (0 until set). */
class ImageTest {
    @RegisterExtension
    final FreshHostMachine machine = new FreshHostMachine();

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
