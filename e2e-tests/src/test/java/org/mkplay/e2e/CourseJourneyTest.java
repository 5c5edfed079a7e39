package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson of the course (each folder of lessons/), in the page: open it, start it, put its solution into the
 * editor as a learner would (a tab per file), Run: the backend builds it (the lesson's system image when it has a
 * system.json), the worker boots it, types the lesson's input when the system waits, and every check of the list
 * turns green, held by the evaluator compiled to WebAssembly. The JVM's CourseTest holds the same on the JVM.
 */
@ExtendWith(PlaygroundExtension.class)
class CourseJourneyTest {
    /** The repository's lessons/, from the e2e-tests module's folder (where Maven runs the tests). */
    static final Path LESSONS = Path.of("..", "lessons");

    /** A lesson's system is compiled in a cold worker the first time: allow for it on a slow, shared machine. */
    static final double LESSON_TIMEOUT_MS = 180_000;

    static Stream<String> lessons() throws IOException {
        try (Stream<Path> children = Files.list(LESSONS)) {
            List<String> ids = children.filter(d -> Files.isRegularFile(d.resolve("lesson.md")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
            assertFalse(ids.isEmpty(), "no lesson in " + LESSONS.toAbsolutePath());
            return ids.stream();
        }
    }

    @ParameterizedTest(name = "lesson {0}: the solution runs in the page and every check turns green")
    @MethodSource("lessons")
    void theSolutionRunsInThePageAndEveryCheckTurnsGreen(String id, BrowserTab tab) throws IOException {
        EditorPage editor = EditorPage.openLesson(tab, id);
        Page page = tab.page();
        editor.startLesson();
        for (Path file : solution(id)) {
            String name = file.getFileName().toString();
            if (editor.fileNames().contains(name)) editor.openFile(name);
            else assertEquals("", editor.addFile(name), "adding " + name);
            editor.replaceText(Files.readString(file).stripTrailing());
        }
        int checks = page.locator("#lesson-checks li").count();
        assertTrue(checks > 0, id + " shows its checks");
        editor.run();
        try {
            page.waitForFunction(
                    "n => document.querySelectorAll('#lesson-checks li[data-state=passed]').length === n",
                    checks,
                    new Page.WaitForFunctionOptions().setTimeout(LESSON_TIMEOUT_MS));
        } catch (TimeoutError e) {
            throw new AssertionError(
                    id + ": not every check turned green: "
                            + page.locator("#lesson-checks li").allTextContents() + "; progress "
                            + page.getAttribute("#run-progress", "data-phase") + " " + page.textContent("#run-message")
                            + "; problems " + editor.problems() + "; console:\n"
                            + page.evaluate("() => window.mkplay.consoleText()"),
                    e);
        }
        assertEquals("All " + checks + " checks pass.", page.textContent("#lesson-checks-status"));
        assertEquals(List.of(), tab.errors());
    }

    private static List<Path> solution(String id) throws IOException {
        try (Stream<Path> files = Files.list(LESSONS.resolve(id).resolve("solution"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
