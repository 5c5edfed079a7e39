package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first visit boots the default system (system/README.md) with no build and no click: the kernel's boot, the
 * supervisor's start and the shell's {@code mk$} prompt in the console; what the learner types reaches the shell
 * through the console driver in user space.
 */
@ExtendWith(PlaygroundExtension.class)
class FirstVisitJourneyTest {
    /** The programs of the default system, in the image's order (system/.../default/system.json). */
    static final List<String> PROGRAMS = List.of("supervisor", "names", "console", "echo", "files", "shell", "kv");

    @Test
    void aFreshVisitShowsThePromptWithoutABuildAndReportsHowLongItTook(@FirstVisit BrowserTab tab) {
        ConsolePage console = ConsolePage.visit(tab);
        // measured in the page (performance.now() counts from the navigation's start) on the frame the prompt shows;
        // a figure for the report, not a timed assertion
        Number ms = (Number) tab.page()
                .waitForFunction(
                        "p => window.mkplay && window.mkplay.consoleText().includes(p) && performance.now()",
                        ConsolePage.PROMPT,
                        new Page.WaitForFunctionOptions().setTimeout(BrowserTab.DEFAULT_TIMEOUT_MS))
                .jsonValue();
        System.out.printf("navigation to the mk$ prompt: %.0f ms (first visit, cold cache)%n", ms.doubleValue());
        String text = console.consoleText();
        assertTrue(text.contains("supervisor: started 6 programs"), text);
        assertTrue(text.contains("mkplay shell: type help"), text);
        assertEquals(
                "idle", tab.page().getAttribute("#run-progress", "data-phase"), "the shipped image needs no build");
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void psListsTheServersEchoAnswersAndACrashedServerIsRestarted(BrowserTab tab) {
        ConsolePage console = ConsolePage.visitToThePrompt(tab);
        console.typeLine("ps");
        // the last row of ps (its instruction count varies with the build)
        console.waitForConsoleText("kv          running  6    ");
        String ps = console.consoleText();
        for (String program : PROGRAMS) {
            assertTrue(
                    ps.lines().anyMatch(line -> line.startsWith(program + " ") && line.contains("running")),
                    program + " is not listed as running: " + ps);
        }
        console.typeLine("echo hello");
        console.waitForConsoleLine("hello");

        Page page = tab.page();
        page.click("#tab-processes");
        page.waitForSelector("#processes[data-threads='7']");
        assertEquals(
                PROGRAMS,
                Tables.column(page, "#processes", "name"),
                "the names come from the image's packed program table");
        assertEquals(List.of("14", "12", "11", "8", "7", "4", "6"), Tables.column(page, "#processes", "priority"));

        page.click("#tab-capabilities");
        page.waitForSelector("#capabilities:not([data-slots='0'])");
        List<String> owners = Tables.column(page, "#capabilities", "process");
        for (int i = 0; i < PROGRAMS.size(); i++) {
            assertTrue(
                    owners.contains(PROGRAMS.get(i) + " (t" + i + ")"), PROGRAMS.get(i) + " holds no slot: " + owners);
        }
        assertTrue(
                page.locator("#capabilities tbody tr:has(th:text-is('console (t2)')) td[data-column=type]")
                        .allTextContents()
                        .contains("irq"),
                "the console driver holds the UART's interrupt");
        page.click("#tab-processes");

        console.typeLine("crash echo");
        console.waitForConsoleText("supervisor: echo faulted");
        console.waitForConsoleText("restarting it in 1 tick (restart 1 of 2)");
        console.waitForConsoleText("crash: the call to echo returned DEAD");
        Locator echo = page.locator("#processes tbody tr:has(th[data-column=name]:text-is('echo'))");
        page.waitForFunction(
                "() => [...document.querySelectorAll('#processes tbody tr')].some(r =>"
                        + " r.querySelector('th').textContent === 'echo' && r.querySelector('td[data-column=restarts]').textContent === '1')");
        assertEquals("1", echo.locator("td[data-column=faults]").textContent(), "the fault is in the trace");
        assertEquals("1", echo.locator("td[data-column=restarts]").textContent(), "so is the restart");
        console.typeLine("echo again");
        console.waitForConsoleLine("again");
        // the picture shows the table's echo row below the placement control
        page.evaluate("() => { const panels = document.getElementById('bottom-panels');"
                + " panels.scrollTop = document.getElementById('processes').offsetTop - panels.offsetTop; }");
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-first-visit.png")));
        assertEquals(List.of(), tab.errors());
    }
}
