package org.mkplay.backend.lessons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mkplay.checks.Verdict;

/**
 * The course (every folder of lessons/ with a lesson.md), through the real pipeline on the JVM: each lesson's
 * solution builds (a system image when it has a system.json), runs as the page runs it (LessonRunner) and passes every
 * check; its starter builds, runs and fails at least one check, whose message the output shows.
 */
class CourseTest {
    /**
     * The repository's lessons/, from the backend module's folder (where Maven runs the tests); another folder with
     * {@code -Dmkplay.lessons=DIR}.
     */
    static final Path LESSONS = Path.of(System.getProperty("mkplay.lessons", "../lessons"));

    static List<LessonFolder> course() throws IOException {
        try (Stream<Path> children = Files.list(LESSONS)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("lesson.md")))
                    .sorted()
                    .map(d -> LessonFolder.read(d, "lessons/" + d.getFileName()))
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyLesson() throws IOException {
        List<LessonFolder> course = course();
        assertFalse(course.isEmpty(), "no lesson in " + LESSONS.toAbsolutePath());
        return course.stream()
                .map(lesson -> DynamicContainer.dynamicContainer(
                        lesson.id(),
                        Stream.of(
                                DynamicTest.dynamicTest(
                                        "the solution passes every check", () -> solutionPasses(lesson)),
                                DynamicTest.dynamicTest("the starter fails a check", () -> starterFails(lesson)))));
    }

    private static void solutionPasses(LessonFolder lesson) throws Exception {
        assertFalse(lesson.solution().isEmpty(), lesson.where() + ": no solution/*.java");
        LessonRunner.Result r = LessonRunner.check(lesson, lesson.solution(), lesson.where() + "/solution/");
        String report = report(lesson.id() + " solution", r);
        System.out.print(report);
        assertFalse(r.verdicts().isEmpty(), lesson.where() + ": no checks");
        assertTrue(r.passed(), report + "console:\n" + r.run().console());
    }

    private static void starterFails(LessonFolder lesson) throws Exception {
        assertFalse(lesson.starter().isEmpty(), lesson.where() + ": no starter/*.java");
        LessonRunner.Result r = LessonRunner.check(lesson, lesson.starter(), lesson.where() + "/starter/");
        StringBuilder failing = new StringBuilder();
        for (Verdict v : r.verdicts())
            if (!v.passed()) failing.append("  ").append(v.describe()).append('\n');
        System.out.print(lesson.id() + " starter (" + r.run().describe() + "), failing as it should:\n" + failing);
        assertFalse(r.passed(), report(lesson.id() + " starter passes every check", r));
    }

    static String report(String title, LessonRunner.Result r) {
        StringBuilder b = new StringBuilder(title + " (" + r.run().describe() + "):\n");
        for (Verdict v : r.verdicts()) b.append("  ").append(v.describe()).append('\n');
        return b.toString();
    }
}
