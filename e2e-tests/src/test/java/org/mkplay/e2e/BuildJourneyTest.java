package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The journeys through the backend: build (javac and our toolchain), boot the image, run; save and share. */
@ExtendWith(PlaygroundExtension.class)
class BuildJourneyTest {
    /** Line 3 assigns a String to an int: javac's error. */
    private static final String BROKEN = """
            public class Hello {
                public static void main(String[] args) {
                    int answer = "forty-two";
                    System.out.println("answer " + answer);
                }
            }""";

    private static final String FIXED = BROKEN.replace("\"forty-two\"", "6 * 7");
    private static final String HELPER = """
            public class Helper {
                static int square(int x) {
                    return x * x;
                }
            }""";
    private static final String MAIN = """
            public class Hello {
                public static void main(String[] args) {
                    int sum = 0;
                    for (int i = 1; i <= 10; i++) {
                        sum += Helper.square(i);
                    }
                    System.out.println("sum of squares " + sum);
                }
            }""";

    @Test
    void aBuildErrorIsUnderlinedOnItsLineAndTheFixRunsAndPrints(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        editor.waitForConsoleText(ConsolePage.PROMPT);
        editor.replaceText(BROKEN);
        editor.run();
        editor.waitForPhase("failed");
        assertEquals("build failed: 1 problem", tab.page().textContent("#run-message"));
        assertEquals(List.of(3), editor.squiggleLines(), "the squiggle is on the line javac names");
        assertEquals(
                "\"forty-two\"",
                tab.page().textContent("#editor .cm-lintRange-error"),
                "the squiggle covers the token javac's column points at");
        List<String> problems = editor.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Hello.java:3: error: "), problems.get(0));
        assertEquals(6, editor.cursorLine(), "typing left the cursor on the last line");
        tab.page().click("#problems .problem");
        assertEquals(3, editor.cursorLine(), "clicking the problem puts the cursor on its line");
        tab.page().screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-build-error.png")));

        editor.replaceText(FIXED);
        editor.run();
        editor.waitForPhase("running");
        assertEquals("", tab.page().textContent("#run-message"), "a new Run clears the last failure");
        editor.waitForConsoleText("answer 42");
        editor.waitForState("halted");
        assertEquals(List.of(), editor.squiggleLines(), "the fixed build has no errors");
        assertEquals(List.of(), editor.problems());
        assertFalse(
                editor.consoleText().contains(ConsolePage.PROMPT), "the first visit's output was cleared by the boot");
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void theListingShowsTheCodeOfEachLineAndFollowsTheCursor(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        editor.replaceText(FIXED);
        editor.run();
        editor.waitForConsoleText("answer 42");
        Page page = tab.page();
        page.click("#tab-listing");
        page.click("#editor .cm-content");
        page.keyboard().press("Control+Home");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertEquals(4, editor.cursorLine());
        page.waitForSelector("#listing .listing-group.current[data-line='4']");
        String code = page.textContent("#listing .listing-group.current pre");
        assertTrue(code.lines().count() >= 2, "line 4 (a call to println) compiles to several instructions:\n" + code);
        assertTrue(
                page.textContent("#listing .listing-group.current h3").contains("System.out.println"),
                "the group names its source line");
        assertEquals(1, page.locator("#listing .listing-group.current").count(), "one line is highlighted");
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-listing.png")));
    }

    @Test
    void aSavedLinkOpensTheSameFilesInAFreshBrowserAndRunsToTheSameTranscript(BrowserTab author, BrowserTab reader) {
        EditorPage editor = EditorPage.open(author, "/");
        assertEquals("", editor.addFile("Helper.java"));
        editor.replaceText(HELPER);
        editor.openFile("Hello.java");
        editor.replaceText(MAIN);
        editor.run();
        editor.waitForConsoleText("sum of squares 385");
        editor.waitForState("halted");
        String transcript = editor.consoleText();

        author.page().click("#btn-save");
        author.page().waitForFunction("() => document.getElementById('share-url').value !== ''");
        String link = editor.shareUrl().inputValue();
        assertTrue(author.page().textContent("#share-status").contains(link), "the confirmation shows the link");
        author.page().click("#btn-copy");
        author.page().waitForFunction("() => document.getElementById('share-status').textContent.includes('copied')");
        assertEquals(link, author.page().evaluate("() => navigator.clipboard.readText()"));
        String path = URI.create(link).getPath();
        assertTrue(path.matches("/m/[A-Za-z0-9_-]+"), link);

        EditorPage shared = EditorPage.open(reader, path);
        assertEquals(List.of("Hello.java", "Helper.java"), shared.fileNames());
        shared.openFile("Hello.java");
        assertEquals(MAIN, shared.text());
        shared.openFile("Helper.java");
        assertEquals(HELPER, shared.text());
        shared.run();
        shared.waitForConsoleText("sum of squares 385");
        shared.waitForState("halted");
        assertEquals(transcript, shared.consoleText(), "the shared program prints the same");
        assertEquals(List.of(), author.errors());
        assertEquals(List.of(), reader.errors());
    }

    @Test
    void theKeyboardAloneEditsRunsSavesAndCopies(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        Page page = tab.page();
        Keyboard.fromTheTop(page);
        // the header's buttons and the lesson pane (its course list is open on a visit) come before the editor
        Keyboard.tabTo(page, "#editor .cm-content");
        page.keyboard().press("Control+A");
        page.keyboard().insertText(FIXED);
        page.keyboard().press("Control+Enter");
        editor.waitForConsoleText("answer 42");
        assertEquals(FIXED, editor.text(), "Ctrl+Enter ran the program and inserted no line");
        page.keyboard().press("Control+S");
        page.waitForFunction("() => document.getElementById('share-url').value !== ''");
        page.focus("#share-url");
        page.keyboard().press("Tab");
        assertEquals("btn-copy", page.evaluate("() => document.activeElement.id"));
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.getElementById('share-status').textContent.includes('copied')");
        assertEquals(List.of(), Axe.seriousViolations(page), "after a run, with the listing tab and the share link");
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-run.png")));
    }
}
