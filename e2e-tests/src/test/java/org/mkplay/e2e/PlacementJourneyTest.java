package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Placement (#12): the Processes tab's user/kernel toggle per server. On the default system the presets boot the
 * prebuilt images: echo in the kernel answers the shell's echo without ever being put on the processor (no context
 * switch to it, where in user space every call switches to it); a choice that is not prebuilt is refused with the
 * reason; Save keeps the placement and the link restores it. Also: the table keeps a keyboard user's focus on a
 * Crash button while the records it causes arrive.
 */
@ExtendWith(PlaygroundExtension.class)
class PlacementJourneyTest {
    /** How often the echo server's thread was put on the processor, from the page's trace model. */
    private static final String ECHO_RUNS = "() => { const m = window.mkplay.trace;"
            + " const echo = new Set([...m.threads.values()].filter(t => t.name === 'echo').map(t => t.tid));"
            + " return m.runs.filter(r => echo.has(r.tid)).length; }";

    private static final Pattern IN_THE_KERNEL = Pattern.compile("kernel: echo is process \\d+, in the kernel");

    /** Types echo into the shell and returns how many more times the echo thread ran while it answered. */
    private static int echoRunsForACall(ConsolePage console, Page page, String word) {
        int before = ((Number) page.evaluate(ECHO_RUNS)).intValue();
        console.typeLine("echo " + word);
        console.waitForConsoleLine(word);
        return ((Number) page.evaluate(ECHO_RUNS)).intValue() - before;
    }

    @Test
    void echoInTheKernelAnswersWithoutAContextSwitchAndTheLinkKeepsThePlacement(BrowserTab author, BrowserTab reader) {
        ConsolePage console = ConsolePage.visitToThePrompt(author);
        Page page = author.page();
        assertTrue(
                console.consoleText().contains("user: echo is process"), "the visit boots every server in user space");
        assertTrue(echoRunsForACall(console, page, "before") > 0, "in user space the call switches to echo");

        assertEquals(
                "Placement: user space", page.textContent("#placement-summary").strip());
        // the toolbar's placement button opens the control with the focus on it
        page.click("#placement-summary");
        assertEquals("true", page.getAttribute("#tab-processes", "aria-selected"));
        assertEquals("placement-names", page.evaluate("() => document.activeElement.id"));
        assertTrue(page.isDisabled("#placement-shell"), "the shell cannot run in the kernel");
        assertTrue(page.isDisabled("#placement-console"));
        assertTrue(page.textContent("#placement-supervisor-why").contains("supervisor must survive"));
        assertEquals(
                "placement-console-why", page.getAttribute("#placement-console", "aria-describedby"), "reason named");
        // echo alone in the kernel is not prebuilt: Boot system says so and boots nothing
        page.check("#placement-echo");
        assertTrue(page.textContent("#placement-status").contains("Not prebuilt"));
        assertEquals(
                "Placement: 1 in the kernel, not prebuilt",
                page.textContent("#placement-summary").strip());
        page.click("#btn-boot-system");
        page.waitForSelector("#run-progress[data-phase=failed]");
        assertTrue(page.textContent("#run-message").contains("prebuilt in the user, kernel and mixed placements only"));
        assertTrue(console.consoleText().contains("user: echo is process"), "the running system was left alone");

        // the keyboard completes the kernel preset: names, files and kv too
        for (String server : List.of("names", "files", "kv")) {
            page.focus("#placement-" + server);
            page.keyboard().press("Space");
        }
        assertTrue(page.textContent("#placement-status").contains("system-kernel.elf"));
        assertEquals(
                "Placement: kernel", page.textContent("#placement-summary").strip(), "the toolbar says the choice");
        assertTrue(
                page.getAttribute("#placement-summary", "aria-label")
                        .contains("in the kernel: names, echo, files, kv, for Boot system"),
                page.getAttribute("#placement-summary", "aria-label"));
        page.click("#btn-boot-system");
        console.waitForConsoleText("kernel: echo is process");
        console.waitForConsoleText(ConsolePage.PROMPT);
        assertTrue(IN_THE_KERNEL.matcher(console.consoleText()).find(), console.consoleText());
        assertEquals(0, echoRunsForACall(console, page, "inside"), "a call into the kernel switches to no echo thread");

        page.click("#btn-save");
        page.waitForFunction("() => document.getElementById('share-url').value !== ''");
        String path = URI.create(page.inputValue("#share-url")).getPath();

        ConsolePage shared = ConsolePage.at(reader, path);
        Page readerPage = reader.page();
        shared.waitForConsoleText("kernel: echo is process");
        shared.waitForConsoleText(ConsolePage.PROMPT);
        readerPage.click("#tab-processes");
        for (String server : List.of("names", "echo", "files", "kv")) {
            assertTrue(readerPage.isChecked("#placement-" + server), server + " is restored in the kernel");
        }
        assertFalse(readerPage.isChecked("#placement-shell"));
        assertEquals(List.of(), Axe.seriousViolations(readerPage), "the Processes tab with the placement control");
        assertEquals(List.of(), author.errors());
        assertEquals(List.of(), reader.errors());
    }

    @Test
    void aLessonsRunBuildsItsSystemWithTheServerInTheKernel(BrowserTab tab) throws IOException {
        EditorPage editor = EditorPage.openLesson(tab, "03-echo");
        Page page = tab.page();
        editor.startLesson();
        editor.openFile("Echo.java");
        editor.replaceText(Files.readString(CourseJourneyTest.LESSONS.resolve("03-echo/solution/Echo.java"))
                .stripTrailing());
        page.click("#tab-processes");
        // the control now lists the lesson's programs, not the default system's
        page.waitForSelector("#placement-client");
        assertTrue(page.textContent("#placement-target").startsWith("lesson "), page.textContent("#placement-target"));
        assertTrue(page.isDisabled("#placement-client"), "the client serves no endpoint");
        page.check("#placement-echo");
        assertTrue(page.textContent("#placement-status").contains("in the kernel: echo"));
        editor.run();
        editor.waitForConsoleText("kernel: echo is process");
        assertTrue(editor.consoleText().contains("user: client is process"), editor.consoleText());
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void theFocusStaysOnACrashButtonWhileTheRecordsItCausesArrive(BrowserTab tab) {
        ConsolePage console = ConsolePage.visitToThePrompt(tab);
        Page page = console.processesTabWithItsButtons();
        page.focus("#processes button[aria-label='Crash echo']");
        page.keyboard().press("Enter");
        console.waitForConsoleText("supervisor: echo faulted");
        // the row's restart count changes only after a render of the table with the new records
        page.waitForFunction("() => [...document.querySelectorAll('#processes tbody tr')].some(r =>"
                + " r.querySelector('th').textContent === 'echo'"
                + " && r.querySelector('td[data-column=restarts]').textContent === '1')");
        page.waitForTimeout(600);
        assertEquals("Crash echo", page.evaluate("() => document.activeElement.getAttribute('aria-label')"));
        page.keyboard().press("Tab");
        assertEquals("Kill echo", page.evaluate("() => document.activeElement.getAttribute('aria-label')"));
        assertEquals(List.of(), tab.errors());
    }
}
