package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lesson pane: the course from /api/lessons, lesson 1's text, Start this lesson (its own workspace), Run, and the
 * lesson's checks held by the worker's evaluator (the checks module compiled to WebAssembly) turning green, or
 * saying what they expected and what the run showed.
 */
@ExtendWith(PlaygroundExtension.class)
class LessonJourneyTest {
    static final String TITLE = "Boot and look around";
    static final String SOLUTION = """
            public class Hello {
                public static void main(String[] args) {
                    for (int tick = 1; tick <= 3; tick++) {
                        System.out.println("tick " + tick);
                    }
                    System.out.println("Hello from mkplay");
                }
            }""";

    /** Waits until the checks list shows {@code passed} of its checks passed (after a run's end). */
    static void waitForChecks(Page page, int passed, int failed) {
        page.waitForFunction(
                "([p, f]) => document.querySelectorAll('#lesson-checks li[data-state=passed]').length === p"
                        + " && document.querySelectorAll('#lesson-checks li[data-state=failed]').length === f",
                List.of(passed, failed),
                new Page.WaitForFunctionOptions().setTimeout(EditorPage.BUILD_TIMEOUT_MS));
    }

    @Test
    void pickLessonOneStartItRunTheStarterThenTheSolutionAndTheChecksTurnGreen(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        Page page = tab.page();
        page.waitForSelector("#course[data-lessons]:not([data-lessons='0'])");
        page.click("#lesson-list a[data-lesson='01-boot']");
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        assertTrue(page.url().endsWith("/?lesson=01-boot"), page.url());
        assertEquals(TITLE, page.textContent("#lesson-title"));
        assertTrue(page.textContent("#lesson-body").contains("machine mode"), "the lesson's text is rendered");
        assertEquals("page", page.getAttribute("#lesson-list a[data-lesson='01-boot']", "aria-current"));
        assertFalse(
                (Boolean) page.evaluate("() => document.querySelector('#lesson-body details.hint').open"),
                "hints start folded");
        page.click("#lesson-body details.hint summary");
        assertTrue(page.isVisible("#lesson-body details.hint p"), "a hint unfolds");
        assertEquals(5, page.locator("#lesson-checks li[data-state=pending]").count(), "the demo is not judged");

        String scratch = editor.text();
        page.click("#btn-lesson-start");
        assertTrue(editor.text().contains("TODO"), "the starter is in the editor: " + editor.text());
        editor.run();
        editor.waitForConsoleText("Hello from mkplay");
        waitForChecks(page, 2, 3);
        String failed = page.textContent("#lesson-checks li[data-state=failed]");
        assertTrue(
                failed.contains("console line \"tick 1\"")
                        && failed.contains("Expected")
                        && failed.contains("the console has the line \"tick 1\"")
                        && failed.contains("Observed")
                        && failed.contains("no such line; the last line is"),
                failed);

        editor.replaceText(SOLUTION);
        editor.run();
        editor.waitForConsoleText("Hello from mkplay");
        waitForChecks(page, 5, 0);
        assertEquals("All 5 checks pass.", page.textContent("#lesson-checks-status"));
        assertEquals(0, page.locator("#lesson-checks .check-detail").count(), "a passed check shows no failure");
        // a wider lesson pane and a lower details panel for the screenshot (the splitters' properties)
        page.evaluate("() => { document.getElementById('workspace').style.setProperty('--lesson', '36%');"
                + " document.body.style.setProperty('--bottom', '12%');"
                + " document.getElementById('lesson-checks-section').scrollIntoView(); }");
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-lesson.png")));

        // the scratch files were not touched, and a reload comes back to the lesson's own files
        page.reload();
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        page.waitForSelector("#btn-lesson-restart:not([hidden])");
        assertEquals(SOLUTION, EditorPage.of(page).text());
        page.navigate(tab.baseUrl() + "/");
        page.waitForSelector("#editor .cm-content");
        assertEquals(scratch, EditorPage.of(page).text(), "the scratch workspace is as it was");
        assertEquals(List.of(), Axe.seriousViolations(page), "the welcome pane");
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void theSystemImageIsJudgedTooAndAChecksFileThatDoesNotParseShowsItsError(BrowserTab tab) {
        Page page = tab.page();
        page.route("**/api/lessons/01-boot", route -> {
            try {
                ObjectMapper json = new ObjectMapper();
                ObjectNode lesson = (ObjectNode) json.readTree(route.fetch().text());
                lesson.remove("checksFile"); // the page then numbers the checks of the list below
                lesson.putArray("checks")
                        .add("console contains \"ping client: 3000 calls\"")
                        .add("fault Crasher cause 3")
                        .add("restart Crasher");
                route.fulfill(new Route.FulfillOptions()
                        .setContentType("application/json")
                        .setBody(json.writeValueAsString(lesson)));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        tab.open("/?lesson=01-boot");
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        page.click("#btn-boot-traffic");
        page.waitForSelector("#status-state[data-state=halted]");
        waitForChecks(page, 2, 1);
        String failed = page.textContent("#lesson-checks li[data-state=failed]");
        assertTrue(failed.contains("a restart of Crasher") && failed.contains("no restart at all"), failed);
        assertEquals(List.of(), Axe.seriousViolations(page), "a failed check");

        page.unrouteAll();
        page.route("**/api/lessons/01-boot", route -> {
            try {
                ObjectMapper json = new ObjectMapper();
                ObjectNode lesson = (ObjectNode) json.readTree(route.fetch().text());
                lesson.remove("checksFile"); // the page then numbers the checks of the list below
                lesson.putArray("checks").add("not panic").add("ipc A B");
                route.fulfill(new Route.FulfillOptions()
                        .setContentType("application/json")
                        .setBody(json.writeValueAsString(lesson)));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        page.reload();
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        page.click("#btn-boot-traffic");
        page.waitForFunction("() => document.getElementById('lesson-checks-status').dataset.kind === 'error'");
        assertEquals("checks line 2: expected '->', found \"B\"", page.textContent("#lesson-checks-status"));
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void theKeyboardAloneOpensTheCourseALessonStartsItAndRunsIt(BrowserTab tab) {
        EditorPage editor = EditorPage.open(tab, "/");
        Page page = tab.page();
        page.waitForSelector("#course[data-lessons]:not([data-lessons='0'])");
        Keyboard.fromTheTop(page);
        Keyboard.tabTo(page, "a[data-lesson='01-boot']");
        page.keyboard().press("Enter");
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        assertEquals("lesson-title", page.evaluate("() => document.activeElement.id"), "the focus moves to the lesson");
        Keyboard.tabTo(page, "#lesson-body details.hint summary");
        page.keyboard().press("Enter");
        assertTrue((Boolean) page.evaluate("() => document.querySelector('#lesson-body details.hint').open"));
        Keyboard.tabTo(page, "#btn-lesson-start");
        page.keyboard().press("Enter");
        page.waitForSelector("#btn-lesson-restart:not([hidden])");
        Keyboard.tabTo(page, "#editor .cm-content");
        page.keyboard().press("Control+A");
        page.keyboard().insertText(SOLUTION);
        page.keyboard().press("Control+Enter");
        editor.waitForConsoleText("Hello from mkplay");
        waitForChecks(page, 5, 0);
        assertEquals(List.of(), Axe.seriousViolations(page), "a lesson with its checks green");
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void aSharedModuleOpensWithItsLesson(BrowserTab tab) {
        EditorPage editor = EditorPage.openLesson(tab, "01-boot");
        Page page = tab.page();
        editor.startLesson();
        page.click("#btn-save");
        page.waitForFunction("() => document.getElementById('share-url').value !== ''");
        String url = page.inputValue("#share-url");
        page.navigate(url);
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        assertEquals(TITLE, page.textContent("#lesson-title"));
        assertTrue(editor.text().contains("TODO"));
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void onAPhoneTheLessonFitsTheScreen(@Phone BrowserTab tab) {
        Page page = tab.open("/?lesson=01-boot");
        page.waitForSelector("#lesson-pane[data-lesson='01-boot']");
        page.click("#btn-boot-traffic");
        page.waitForSelector("#lesson-checks li");
        Number overflow = (Number)
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "the page is wider than the phone's screen");
        assertTrue(page.isVisible("#btn-lesson-start"));
        assertEquals(List.of(), tab.errors());
    }
}
