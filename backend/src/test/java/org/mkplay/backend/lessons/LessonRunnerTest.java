package org.mkplay.backend.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.emulator.Transcript;
import org.mkplay.system.SystemBuilder;

/**
 * The lesson runner on a system lesson written here (the default system's manifest, the learner's echo server): the
 * image is built from the learner's files and the default system's, the input is typed a line at a time when the
 * system waits, the run stops when it goes quiet or at the budget, and a build error names the lesson's file.
 */
class LessonRunnerTest {
    @TempDir
    Path root;

    static final String ECHO = SystemBuilderSources.defaultSource("EchoServer.java");

    private LessonFolder lesson(String input, String checks) throws IOException {
        Path dir = Files.createDirectories(root.resolve("90-echo"));
        Files.writeString(dir.resolve("lesson.md"), "---\nid: 90-echo\ntitle: Echo\norder: 90\n---\nText\n");
        Files.writeString(dir.resolve("system.json"), SystemBuilderSources.defaultSource("system.json"));
        Files.createDirectories(dir.resolve("solution"));
        Files.writeString(dir.resolve("solution/EchoServer.java"), ECHO);
        Files.writeString(dir.resolve("input"), input);
        Files.writeString(dir.resolve("checks"), checks);
        return LessonFolder.read(dir, "lessons/90-echo");
    }

    @Test
    void theInputIsTypedALineAtATimeWhenTheSystemWaitsAndTheRunEndsQuiet() throws Exception {
        LessonFolder l =
                lesson("echo hi\necho there\n", "console line \"there\"\nipc shell -> echo at least 2 times\n");
        LessonRunner.Result r = LessonRunner.check(l, l.solution(), "solution/");
        assertEquals(Transcript.Ending.WAITING, r.run().ending());
        assertTrue(
                r.run().console().endsWith("mk$ echo hi\nhi\nmk$ echo there\nthere\nmk$ "),
                r.run().console());
        assertTrue(r.passed(), CourseTest.report("90-echo", r));
    }

    @Test
    void theBudgetStopsARun() throws Exception {
        LessonFolder l = lesson("echo hi\n", "console line \"hi\"\n").withBudget(500_000);
        LessonRunner.Result r = LessonRunner.check(l, l.solution(), "solution/");
        assertEquals(Transcript.Ending.BUDGET, r.run().ending());
        assertTrue(
                r.run().instructions() >= 500_000 && r.run().instructions() < 600_000,
                r.run().describe());
        assertFalse(r.passed());
        assertTrue(
                r.run().describe().startsWith("run: stopped at the budget"),
                r.run().describe());
    }

    @Test
    void aLearnersFileThatDoesNotCompileIsNamedWithTheProgramAndTheLessonsManifest() throws Exception {
        LessonFolder l = lesson("", "not panic\n");
        LessonImage.Failure e = assertThrows(
                LessonImage.Failure.class,
                () -> LessonRunner.check(
                        l, List.of(new SourceFile("EchoServer.java", "class EchoServer { int x = ; }")), "yours"));
        assertTrue(
                e.getMessage().startsWith("lessons/90-echo/system.json: programs[3] (echo) does not compile"),
                e.getMessage());
        assertEquals("EchoServer.java", e.diagnostics().get(0).file());
        assertTrue(e.diagnostics().get(0).line() == 1, e.diagnostics().toString());
    }

    /** The default system's sources, as SystemBuilder's default place reads them. */
    static final class SystemBuilderSources {
        static String defaultSource(String name) {
            try (var in = SystemBuilder.class.getResourceAsStream("/org/mkplay/system/default/" + name)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
