package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Break it (#12): the Processes tab's Crash and Kill buttons of a server, on the default system a visit boots. Crash
 * types the shell's crash command: the server faults, the supervisor restarts it, the table counts the fault and the
 * restart and the IPC timeline marks both. Kill types kill: the supervisor stops the server for good.
 */
@ExtendWith(PlaygroundExtension.class)
class BreakItJourneyTest {
    static final String ROW = "#processes tbody tr:has(th[data-column=name]:text-is('%s'))";

    @Test
    void crashAServerFromTheProcessesTabThenKillAnother(BrowserTab tab) {
        ConsolePage console = ConsolePage.visitToThePrompt(tab);
        Page page = console.processesTabWithItsButtons();
        assertEquals(0, page.locator(String.format(ROW, "shell") + " button").count(), "the shell types, not breaks");

        page.click("#processes button[aria-label='Crash echo']");
        console.waitForConsoleText("mk$ crash echo");
        console.waitForConsoleText("supervisor: echo faulted");
        console.waitForConsoleText("crash: the call to echo returned DEAD");
        page.waitForFunction("() => [...document.querySelectorAll('#processes tbody tr')].some(r =>"
                + " r.querySelector('th').textContent === 'echo'"
                + " && r.querySelector('td[data-column=restarts]').textContent === '1')");
        Locator echo = page.locator(String.format(ROW, "echo"));
        assertEquals("1", echo.locator("td[data-column=faults]").textContent(), "the fault is counted");
        assertEquals("1", echo.locator("td[data-column=restarts]").textContent(), "so is the restart");

        page.click("#tab-timeline");
        page.waitForFunction("() => Number(document.getElementById('timeline').dataset.faults) >= 1");
        String events = page.textContent("#timeline-events");
        assertTrue(events.contains("echo") && events.contains("fault cause 3"), events);
        assertTrue(events.contains("restart process 3"), events);

        page.click("#tab-processes");
        page.click("#processes button[aria-label='Kill files']");
        console.waitForConsoleText("kill: files killed");
        page.waitForSelector(String.format(ROW, "files") + "[data-state=killed]");
        assertTrue(
                page.locator(String.format(ROW, "files") + " button[aria-label='Crash files']")
                        .isDisabled(),
                "a killed server cannot be broken again");
        assertEquals(List.of(), Axe.seriousViolations(page), "the Processes tab with its buttons");
        assertEquals(List.of(), tab.errors());
    }
}
