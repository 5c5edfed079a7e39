package org.mkplay.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mkplay.emulator.loader.ElfException;

class DemoImageTest {
    /** Five busy waits of 200k two-instruction rounds, plus printing: about 2M instructions to the prompt. */
    private static final long BOOT_BUDGET = 3_000_000;

    private static final long ECHO_BUDGET = 100_000;
    private static final String BOOT_TEXT =
            DemoImage.BANNER + "count 1\r\ncount 2\r\ncount 3\r\ncount 4\r\ncount 5\r\n" + DemoImage.PROMPT;

    @Test
    void printsTheBannerCountsToFiveAndPrompts() throws ElfException {
        GuestConsole guest = new GuestConsole(DemoImage.build());
        guest.machine.run(BOOT_BUDGET);
        assertEquals(BOOT_TEXT, guest.take());
    }

    @Test
    void echoesTypedBytesAndAnswersCarriageReturnWithCrLf() throws ElfException {
        GuestConsole guest = new GuestConsole(DemoImage.build());
        guest.machine.run(BOOT_BUDGET);
        guest.take();
        guest.type("hi, mkplay!\r");
        guest.machine.run(ECHO_BUDGET);
        assertEquals("hi, mkplay!\r\n", guest.take());
        guest.type("\u00e9x");
        guest.machine.run(ECHO_BUDGET);
        assertEquals("\u00e9x", guest.take(), "bytes above 0x7f come back unchanged");
    }

    @Test
    void sleepsInWfiUntilInputArrivesAndNeverExits() throws ElfException {
        GuestConsole guest = new GuestConsole(DemoImage.build());
        guest.machine.run(BOOT_BUDGET);
        assertEquals(BOOT_TEXT, guest.take());
        assertTrue(guest.machine.waiting(), "asleep in wfi with only the UART able to wake it");
        assertEquals(0, guest.machine.run(20_000_000), "an idle demo retires nothing");
        assertFalse(guest.machine.halted());
        guest.type("x");
        long echoed = guest.machine.run(ECHO_BUDGET);
        assertEquals("x", guest.take());
        assertTrue(echoed < 200, "a keystroke costs a few dozen instructions, then it sleeps again: " + echoed);
        assertTrue(guest.machine.waiting());
    }
}
