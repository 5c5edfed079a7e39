package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The playground's editor and page layout, the journeys that need no build. */
@ExtendWith(PlaygroundExtension.class)
class EditorJourneyTest {
    private static final String EDITED = "public class Hello {\n    // kept across a reload\n}";

    @Test
    void reloadKeepsUnsavedWork(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        assertEquals(List.of("Hello.java"), editor.fileNames(), "a first visit starts with the starter program");
        assertEquals("", editor.addFile("Second.java"));
        editor.replaceText("public class Second {\n    static int twice(int x) { return 2 * x; }\n}");
        editor.openFile("Hello.java");
        editor.replaceText(EDITED);

        tab.page().reload();
        EditorPage again = EditorPage.open(tab, "/");
        assertEquals(List.of("Hello.java", "Second.java"), again.fileNames());
        assertEquals("Hello.java", again.activeFile(), "the file that was open is open again");
        assertEquals(EDITED, again.text());
        again.openFile("Second.java");
        assertTrue(again.text().contains("return 2 * x;"), again.text());
    }

    @Test
    void fileNamesAreCheckedThenFilesAreAddedRenamedAndDeleted(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        for (String bad : List.of("1Server.java", "Server.txt", "My Server.java", "Server", "hello.java")) {
            String error = editor.addFile(bad);
            assertFalse(error.isEmpty(), bad + " was accepted");
            assertEquals(List.of("Hello.java"), editor.fileNames(), "a refused name changes nothing: " + bad);
        }
        editor.cancelNameForm();
        assertEquals("", editor.addFile("Server.java"));
        assertEquals(List.of("Hello.java", "Server.java"), editor.fileNames());
        assertEquals("Server.java", editor.activeFile(), "a new file opens");
        assertTrue(editor.text().contains("class Server"), "a new file holds its class: " + editor.text());

        assertFalse(editor.renameFile("Hello.java").isEmpty(), "renaming onto another file's name is refused");
        editor.cancelNameForm();
        assertEquals("", editor.renameFile("Echo_2.java"));
        assertEquals(List.of("Hello.java", "Echo_2.java"), editor.fileNames());

        tab.page().onceDialog(dialog -> dialog.accept());
        tab.page().click("#btn-file-delete");
        assertEquals(List.of("Hello.java"), editor.fileNames());
        assertTrue(tab.page().isDisabled("#btn-file-delete"), "the last file cannot be deleted");
    }

    @Test
    void countersShowTheMachinesCountsFromTheWorker(BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        console.waitForSleep();
        Page page = tab.page();
        long instructions = Long.parseLong(page.textContent("#counter-instructions"));
        assertEquals(console.instructions(), instructions, "the Counters tab and the status line agree");
        assertTrue(Long.parseLong(page.textContent("#counter-deviceAccesses")) > 0, "the demo polls the UART");
        assertTrue(
                Long.parseLong(page.textContent("#counter-cycles")) > instructions,
                "each device access costs modelled cycles beyond the instruction's");
        assertTrue(page.isHidden("#tab-listing"), "no listing tab before a build has produced a listing");
        assertEquals("idle", page.getAttribute("#run-progress", "data-phase"), "booting the shipped image is no build");
    }

    @Test
    void aPhoneSizedScreenShowsEveryPaneWithoutHorizontalScrolling(@Phone BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        Page page = tab.page();
        Number overflow = (Number)
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "the page is wider than the phone's screen");
        for (String pane : List.of("#lesson-pane", "#editor-pane", "#console-pane", "#bottom-tabs", "#btn-run")) {
            assertTrue(page.isVisible(pane), pane + " is not shown");
            Number right = (Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().right", pane);
            assertTrue(right.doubleValue() <= BrowserTab.PHONE[0] + 0.5, pane + " ends at x=" + right);
        }
        // xterm.js draws only while the terminal is on screen: show it once so the full-page picture has its text
        page.locator("#console").scrollIntoViewIfNeeded();
        page.waitForFunction(
                "b => document.querySelector('#console .xterm-rows')?.textContent.includes(b)", ConsolePage.BANNER);
        page.evaluate("() => window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(TestOutput.file("playground-phone.png"))
                .setFullPage(true));
    }

    @Test
    void theFirstViewHasNoSeriousAccessibilityViolations(BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        assertEquals(List.of(), Axe.seriousViolations(tab.page()));
        tab.page().click("#btn-file-add");
        tab.page().fill("#file-name", "bad name");
        tab.page().press("#file-name", "Enter");
        assertEquals(List.of(), Axe.seriousViolations(tab.page()), "with the file-name form showing an error");
    }

    @Test
    void theKeyboardReachesEveryControlAndTheSplittersResize(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        Page page = tab.page();
        Keyboard.fromTheTop(page);
        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 40 && !reached.contains("console"); i++) {
            page.keyboard().press("Tab");
            reached.add(
                    (String)
                            page.evaluate(
                                    "() => { const e = document.activeElement;"
                                            + " return e.closest('#editor') ? 'editor' : e.closest('#console') ? 'console' : e.id || e.tagName; }"));
        }
        for (String control :
                List.of("btn-run", "btn-save", "file-tab-0", "btn-file-add", "editor", "split-console", "console")) {
            assertTrue(reached.contains(control), control + " is not reachable with Tab; reached " + reached);
        }
        assertTrue(reached.indexOf("editor") < reached.indexOf("console"), "Tab leaves the editor: " + reached);

        page.focus("#split-console");
        String before = page.getAttribute("#split-console", "aria-valuenow");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertEquals(
                Integer.parseInt(before) + 4,
                Integer.parseInt(page.getAttribute("#split-console", "aria-valuenow")),
                "ArrowLeft widens the console pane");
        editor.text();
    }

    @Test
    void reportsTheTimeFromNavigationToTheFirstConsoleOutput(@FirstVisit BrowserTab tab) {
        ConsolePage console = ConsolePage.open(tab);
        console.waitForBanner();
        Number ms = (Number) tab.page().evaluate("() => window.mkplay.firstOutputMs");
        // a figure for the report, not a timed assertion
        System.out.printf("navigation to first console output: %.0f ms (first visit, cold cache)%n", ms.doubleValue());
        assertTrue(ms.doubleValue() > 0);
    }
}
