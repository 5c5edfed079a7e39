package org.mkplay.backend.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.lessons.LessonRunner;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Run;
import org.mkplay.system.SystemBuilder;

/**
 * Builds for a lesson with a system.json, through the real server and its workers, on SQLite and PostgreSQL: the
 * learner's server is packed into the lesson's system image (its other programs from the default system), which boots
 * on the emulator and passes the lesson's checks; javac's errors keep their lines and columns; a manifest that names a
 * source nobody has, or a learner's file named like the lesson's own, is one diagnostic on the lesson's system.json.
 */
class LessonBuildsApiTest {
    static final Path COURSE = course();

    @RegisterExtension
    static final TestServers SERVERS =
            new TestServers(BuildSettings.defaults().withRate(0, 0), LessonCatalog.fromFolder(COURSE));

    static final String ECHO = defaultSource("EchoServer.java");
    static final String CHECKS = "console line \"there\"\nipc shell -> echo at least 2 times\nnot panic\n";
    static final String INPUT = "echo hi\necho there\n";

    static String defaultSource(String name) {
        try (var in = SystemBuilder.class.getResourceAsStream("/org/mkplay/system/default/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two lessons: 90-echo (the default system, the learner's echo server), 91-missing (names Missing.java). */
    static Path course() {
        try {
            Path root = Files.createTempDirectory("mkplay-course");
            Path echo = Files.createDirectories(root.resolve("90-echo"));
            Files.writeString(echo.resolve("lesson.md"), "---\nid: 90-echo\ntitle: Echo\norder: 90\n---\nText\n");
            Files.writeString(echo.resolve("system.json"), defaultSource("system.json"));
            Files.createDirectories(echo.resolve("system"));
            Files.writeString(echo.resolve("system/Note.java"), "final class Note {}\n");
            Files.writeString(echo.resolve("input"), INPUT);
            Files.writeString(echo.resolve("checks"), CHECKS);
            Path missing = Files.createDirectories(root.resolve("91-missing"));
            Files.writeString(missing.resolve("lesson.md"), "---\nid: 91-missing\ntitle: M\norder: 91\n---\n");
            Files.writeString(
                    missing.resolve("system.json"),
                    "{\"programs\": [{\"name\": \"m\", \"priority\": 1, \"sources\": [\"Missing.java\"]}]}");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode build(Api api, String lesson, Map<String, String> files) {
        return api.post("/api/builds", Api.build(files).put("lesson", lesson)).assertOk();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void theLearnersServerIsPackedIntoTheLessonsSystemWhichBootsAndPassesItsChecks(Db db) throws Exception {
        Api api = SERVERS.api(db);
        JsonNode build = build(api, "90-echo", Map.of("EchoServer.java", ECHO));
        assertTrue(build.get("ok").asBoolean(), build.toString());
        assertEquals("system", build.get("image").get("profile").asText());
        assertTrue(build.get("listing").size() > 0, "the listing of the learner's lines");
        for (JsonNode l : build.get("listing"))
            assertEquals("EchoServer.java", l.get("file").asText());
        byte[] image = api.get(build.get("image").get("url").asText()).body();
        assertEquals(build.get("image").get("bytes").asLong(), image.length);
        LessonRunner.LessonRun run = LessonRunner.run(image, INPUT, 50_000_000L);
        assertTrue(run.console().contains("user: echo is process 3"), run.console());
        var verdicts =
                Checks.evaluate(org.mkplay.checks.CheckParser.parse(CHECKS), new Run(run.console(), run.records()));
        assertTrue(Checks.allPassed(verdicts), verdicts.toString());
        JsonNode standalone = api.built("EchoServer.java", ECHO);
        assertNotEquals(build.get("id").asText(), standalone.get("id").asText(), "the lesson is part of the id");
        assertTrue(build(api, "90-echo", Map.of("EchoServer.java", ECHO))
                .get("cached")
                .asBoolean());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void javacErrorsInALessonBuildKeepTheirLineAndColumnAndTheMkApiIsOnTheClasspath(Db db) {
        String broken = ECHO.replaceFirst("Message ", "Mesage ");
        JsonNode build = build(SERVERS.api(db), "90-echo", Map.of("EchoServer.java", broken));
        assertFalse(build.get("ok").asBoolean());
        JsonNode d = build.get("diagnostics").get(0);
        assertEquals("javac", d.get("tool").asText(), build.toString());
        assertEquals("EchoServer.java", d.get("file").asText());
        assertTrue(d.get("line").asInt() > 0 && d.get("column").asInt() > 0, d.toString());
        assertTrue(d.get("message").asText().contains("Mesage"), d.toString());
        for (JsonNode each : build.get("diagnostics"))
            assertFalse(each.get("message").asText().contains("org.mkplay.mk"), "the mk API resolves: " + build);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aSourceFoundNowhereAndANameClashAreDiagnosticsOnTheLessonsManifest(Db db) {
        Api api = SERVERS.api(db);
        JsonNode missing = build(api, "91-missing", Map.of("Other.java", "final class Other {}"));
        assertFalse(missing.get("ok").asBoolean());
        JsonNode d = missing.get("diagnostics").get(0);
        assertEquals("lessons/91-missing/system.json", d.get("file").asText(), missing.toString());
        assertTrue(d.get("message").asText().contains("no file Missing.java in your files (Other.java)"), d.toString());
        JsonNode clash = build(api, "90-echo", Map.of("EchoServer.java", ECHO, "Note.java", "final class Note {}"));
        assertFalse(clash.get("ok").asBoolean());
        assertEquals(
                "Note.java is both in your files and in lessons/90-echo/system/; rename one of them",
                clash.get("diagnostics").get(0).get("message").asText());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aPlacementPutsTheLessonsServersInTheKernelAndIsPartOfTheBuildsId(Db db) {
        Api api = SERVERS.api(db);
        var body = Api.build(Map.of("EchoServer.java", ECHO)).put("lesson", "90-echo");
        JsonNode user = api.post("/api/builds", body).assertOk();
        JsonNode kernel = api.post("/api/builds", body.deepCopy().put("placement", "kernel"))
                .assertOk();
        assertTrue(kernel.get("ok").asBoolean(), kernel.toString());
        assertNotEquals(user.get("id").asText(), kernel.get("id").asText());
        LessonRunner.LessonRun run = LessonRunner.run(
                api.get(kernel.get("image").get("url").asText()).body(), INPUT, 50_000_000L);
        assertTrue(run.console().contains("kernel: echo is process 3, in the kernel"), run.console());
        assertTrue(run.console().contains("mk$ echo there\nthere\n"), run.console());
        var map = body.deepCopy();
        map.putObject("placement").put("files", "kernel").put("echo", "kernel");
        JsonNode mapped = api.post("/api/builds", map).assertOk();
        assertTrue(mapped.get("ok").asBoolean(), mapped.toString());
        var reordered = body.deepCopy();
        reordered.putObject("placement").put("echo", "kernel").put("files", "kernel");
        assertEquals(
                mapped.get("id").asText(),
                api.post("/api/builds", reordered).assertOk().get("id").asText());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aPlacementTheLessonCannotTakeIsA400NamingWhy(Db db) {
        Api api = SERVERS.api(db);
        var body = Api.build(Map.of("EchoServer.java", ECHO)).put("lesson", "90-echo");
        String preset = api.post("/api/builds", body.deepCopy().put("placement", "monolith"))
                .assertError(400);
        assertEquals("placement: placement 'monolith' is not one of user, kernel, mixed", preset);
        var shell = body.deepCopy();
        shell.putObject("placement").put("shell", "kernel");
        String why = api.post("/api/builds", shell).assertError(400);
        assertTrue(why.startsWith("placement: shell cannot run in the kernel"), why);
        var nobody = body.deepCopy();
        nobody.putObject("placement").put("nobody", "kernel");
        assertEquals(
                "placement: no program named 'nobody'",
                api.post("/api/builds", nobody).assertError(400));
        var standalone = Api.build(Map.of("EchoServer.java", ECHO)).put("placement", "kernel");
        assertTrue(api.post("/api/builds", standalone).assertError(400).startsWith("placement: only a lesson"));
        var wrongType = body.deepCopy().put("placement", 3);
        assertTrue(api.post("/api/builds", wrongType).assertError(400).startsWith("placement: a preset"));
    }
}
