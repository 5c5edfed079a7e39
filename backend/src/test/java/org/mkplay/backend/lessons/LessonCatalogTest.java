package org.mkplay.backend.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson folder format and the Markdown sanitising, on folders written here. */
class LessonCatalogTest {
    @TempDir
    Path root;

    private Path lesson(String folder, String lessonMd) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Files.writeString(dir.resolve("lesson.md"), lessonMd);
        return dir;
    }

    @Test
    void readsFrontMatterStarterChecksManifestAndInputAndSortsByOrder() throws IOException {
        Path two = lesson("02-traps", "---\nid: 02-traps\ntitle: \"Traps: why\"\norder: 2\n---\nText\n");
        Files.createDirectories(two.resolve("starter"));
        Files.writeString(two.resolve("starter/B.java"), "class B {}");
        Files.writeString(two.resolve("starter/A.java"), "class A {}");
        Files.writeString(two.resolve("checks"), "# a comment\n\nconsole: hello\n  exit: 0  \n");
        String manifest = "{\"programs\": [{\"name\": \"echo\", \"sources\": [\"EchoServer.java\"], \"priority\": 8}]}";
        Files.writeString(two.resolve("system.json"), manifest);
        Files.writeString(two.resolve("input"), "echo hi\n");
        lesson("01-boot", "---\nid: 01-boot\ntitle: Boot\norder: 1\n---\n# Boot\n");
        LessonCatalog catalog = LessonCatalog.fromFolder(root);
        assertEquals(
                List.of(new Lesson.Summary("01-boot", "Boot", 1), new Lesson.Summary("02-traps", "Traps: why", 2)),
                catalog.list());
        Lesson traps = catalog.get("02-traps").orElseThrow();
        assertEquals(
                List.of("A.java", "B.java"),
                traps.starter().stream().map(f -> f.name()).toList());
        assertEquals(List.of("console: hello", "exit: 0"), traps.checks());
        assertEquals(manifest, traps.manifest());
        assertEquals("echo hi\n", traps.input());
        assertNull(catalog.get("01-boot").orElseThrow().manifest());
        assertNull(catalog.get("01-boot").orElseThrow().input());
        assertEquals("<p>Text</p>\n", traps.html());
    }

    @Test
    void malformedLessonsStopTheCatalogNamingTheFolder() throws IOException {
        lesson("03-x", "no front matter\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LessonCatalog.fromFolder(root));
        assertTrue(e.getMessage().contains("03-x"), e.getMessage());
    }

    @Test
    void aMalformedSystemManifestStopsTheCatalogNamingTheFileAndLine() throws IOException {
        Path dir = lesson("06-v", "---\nid: 06-v\ntitle: T\norder: 6\n---\n");
        Files.writeString(
                dir.resolve("system.json"),
                "{\"programs\": [\n {\"name\": \"echo\", \"priority\": 16," + " \"sources\": [\"EchoServer.java\"]}]}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LessonCatalog.fromFolder(root));
        assertTrue(e.getMessage().contains("06-v/system.json:2: programs[0].priority"), e.getMessage());
    }

    @Test
    void aBudgetThatIsNotAPositiveNumberStopsTheCatalog() throws IOException {
        lesson("07-u", "---\nid: 07-u\ntitle: T\norder: 7\nbudget: lots\n---\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LessonCatalog.fromFolder(root));
        assertTrue(e.getMessage().contains("budget"), e.getMessage());
    }

    @Test
    void idMustBeTheFolderName() throws IOException {
        lesson("04-y", "---\nid: 04-z\ntitle: T\norder: 4\n---\n");
        assertThrows(IllegalStateException.class, () -> LessonCatalog.fromFolder(root));
    }

    @Test
    void hostileStarterNamesAreRefused() throws IOException {
        Path dir = lesson("05-w", "---\nid: 05-w\ntitle: T\norder: 5\n---\n");
        Files.createDirectories(dir.resolve("starter"));
        Files.writeString(dir.resolve("starter/bad-name.java"), "class X {}");
        assertThrows(RuntimeException.class, () -> LessonCatalog.fromFolder(root));
    }

    @Test
    void rawHtmlIsEscapedAndUnsafeLinksDropped() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)> there\n\n"
                + "[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/) [d](../02-traps) [e](mailto:x@y.z)\n\n"
                + "![i](javascript:alert(2))\n");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=\"x\""), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:text"), html);
        assertTrue(html.contains("href=\"https://example.org/\""), html);
        assertTrue(html.contains("href=\"../02-traps\""), html);
        assertTrue(html.contains("href=\"mailto:x@y.z\""), html);
    }
}
