package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index page boots the demo guest in the browser and lets a person watch, type and control it. */
@ExtendWith(PlaygroundExtension.class)
class PlaygroundPageTest {
    /** Several status updates: a counter still moving after this long has not stopped. */
    private static final double OBSERVATION_MS = 1_000;
    /** Lets a status update already on its way from the worker land before the pause is measured. */
    private static final double PAUSE_SETTLE_MS = 300;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void bootsTheDemoThenSleepsUntilSomethingIsTyped(BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        console.waitForState(ConsolePage.RUNNING);
        console.waitForSleep();
        long asleep = console.instructions();
        assertTrue(asleep > 0, "the boot text took instructions");
        tab.page().waitForTimeout(OBSERVATION_MS);
        assertEquals(asleep, console.instructions(), "an idle demo retires nothing");
        console.typeLine("wake up");
        console.waitForConsoleText("wake up");
        console.waitForInstructionsAbove(asleep);
        console.waitForSleep();
    }

    @Test
    void echoesWhatIsTypedIntoTheConsole(BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        assertFalse(console.consoleText().contains("hello mkplay"), "nothing typed yet");
        console.typeLine("hello mkplay");
        console.waitForConsoleText("hello mkplay");
    }

    @Test
    void pauseStopsTheMachineRunResumesItResetRebootsIt(BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        console.waitForInstructionsAbove(0);

        console.clickPause();
        console.waitForState(ConsolePage.PAUSED);
        tab.page().waitForTimeout(PAUSE_SETTLE_MS);
        long paused = console.instructions();
        console.typeLine("while paused");
        tab.page().waitForTimeout(OBSERVATION_MS);
        assertFalse(console.consoleText().contains("while paused"), "a paused machine echoed input");
        assertEquals(paused, console.instructions(), "instructions retired while paused");

        console.clickContinue();
        console.waitForState(ConsolePage.RUNNING);
        console.waitForConsoleText("while paused");
        console.waitForInstructionsAbove(paused);

        String marker = "typed before reset";
        console.typeLine(marker);
        console.waitForConsoleText(marker);
        console.clickReset();
        console.waitForConsoleTextGone(marker);
        console.waitForBanner();
        String text = console.consoleText();
        assertEquals(
                text.indexOf(ConsolePage.BANNER),
                text.lastIndexOf(ConsolePage.BANNER),
                "the banner of the previous boot is still in the console:\n" + text);
    }

    @Test
    void loadsWithoutPageOrConsoleErrors(@FirstVisit BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        console.waitForInstructionsAbove(0);
        // The favicon and anything else fetched after the load event.
        tab.page().waitForLoadState(LoadState.NETWORKIDLE);
        assertEquals("", String.join("\n", tab.errors()), "errors while loading the playground");
    }

    /** Also the picture in the README: copy target/screenshot.png to docs/img/screenshot.png. */
    @Test
    void savesAScreenshotOfTheRunningPlayground(BrowserTab tab) throws IOException {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        console.typeLine("hello mkplay");
        console.waitForConsoleText("hello mkplay");
        console.waitForSleep();
        Path file = TestOutput.file("screenshot.png");
        tab.screenshot(file);
        byte[] png = Files.readAllBytes(file);
        assertTrue(png.length > 10_000, "a screenshot of a rendered page is larger than " + png.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length), "not a PNG file");
    }
}
