package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey "write an echo server, run it, see its messages in the timeline": lesson 03's echo server as a
 * learner types it, built by the backend into the lesson's system, booted in the worker; the IPC timeline has an
 * arrow for each of the client's calls to it and each of its replies, and clicking one describes it.
 */
@ExtendWith(PlaygroundExtension.class)
class EchoServerJourneyTest {
    /** Arrows from one named thread to another in the page's trace model. */
    private static final String ARROWS = "([from, to]) => { const m = window.mkplay.trace;"
            + " const name = (tid) => m.threads.get(tid)?.name;"
            + " return m.events.filter(e => e.kind === 'arrow' && name(e.from) === from && name(e.to) === to).length; }";

    @Test
    void writeAnEchoServerRunItAndSeeItsMessagesInTheTimeline(BrowserTab tab) throws IOException {
        EditorPage editor = EditorPage.openLesson(tab, "03-echo");
        Page page = tab.page();
        editor.startLesson();
        editor.openFile("Echo.java");
        editor.replaceText(Files.readString(CourseJourneyTest.LESSONS.resolve("03-echo/solution/Echo.java"))
                .stripTrailing());
        editor.run();
        page.waitForFunction(
                "() => window.mkplay.consoleText().includes('client: 100 of 100 echoes came back right')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(CourseJourneyTest.LESSON_TIMEOUT_MS));

        page.click("#tab-timeline");
        page.waitForFunction("() => Number(document.getElementById('timeline').dataset.messages) >= 202");
        int calls = ((Number) page.evaluate(ARROWS, List.of("client", "echo"))).intValue();
        int replies = ((Number) page.evaluate(ARROWS, List.of("echo", "client"))).intValue();
        assertTrue(calls >= 101, "an arrow per call from the client to the learner's echo: " + calls);
        assertTrue(replies >= 101, "an arrow per reply back: " + replies);

        page.click("#timeline-fit");
        String details = SystemViewsJourneyTest.clickAnArrowDrawn(page);
        assertTrue(details.matches("\\d+: \\w+ \\(t\\d+\\) → \\w+ \\(t\\d+\\) (message|reply|notify).*"), details);
        assertEquals(List.of(), tab.errors());
    }
}
