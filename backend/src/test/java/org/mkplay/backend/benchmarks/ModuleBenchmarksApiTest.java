package org.mkplay.backend.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;
import org.mkplay.bench.system.Cost;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.system.SystemBuilder;

/**
 * {@code POST /api/benchmarks} with a saved module, through the real server on SQLite and PostgreSQL: the module's
 * lesson system with the module's files is built in each placement and benchmarked; the figures are those of the
 * harness on the image {@code POST /api/builds} makes of the same files (so the learner's server is what ran: it
 * costs more than the default system's), stored and shared by id; a lesson system without the benchmark's client gets
 * it added; a module with nothing to benchmark, an unknown id, a workload the system cannot run and a module that does
 * not build each get their 4xx with a message.
 */
class ModuleBenchmarksApiTest {
    static final int SHORT = 2, LONG = 6;
    static final String ECHO = defaultSource("EchoServer.java");
    /** The default echo server answering the same, after building its answer eight times over (so it costs more). */
    static final String SLOW_ECHO = ECHO.replace(
            "answer.label(request.label());",
            "for (int round = 0; round < 8; round++) { answer.clear(); answer.label(request.label());"
                    + " for (int i = 0; i < request.words(); i++) answer.add(request.word(i)); }\n"
                    + "        answer.clear();\n        answer.label(request.label());");

    private static final TestServers SERVERS = new TestServers(
            BuildSettings.defaults().withRate(0, 0),
            BenchmarkSettings.defaults().withLoops(SHORT, LONG),
            LessonCatalog.fromFolder(course()));

    @AfterAll
    static void stop() {
        SERVERS.close();
    }

    static String defaultSource(String name) {
        try (var in = SystemBuilder.class.getResourceAsStream("/org/mkplay/system/default/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 90-bench: the default system (its shell runs the benchmark; the learner's EchoServer.java replaces its echo);
     * 91-alone: a standalone program; 92-noshell: an echo server and a name service, no shell; 93-noserver: a name
     * service and a server no workload calls.
     */
    static Path course() {
        try {
            Path root = Files.createTempDirectory("mkplay-course");
            lesson(root, "90-bench", defaultSource("system.json"));
            lesson(root, "91-alone", null);
            lesson(
                    root,
                    "92-noshell",
                    "{\"programs\": [{\"name\": \"echo\", \"sources\": [\"EchoServer.java\"], \"priority\": 8,"
                            + " \"serves\": true, \"uses\": [\"names\"]},"
                            + " {\"name\": \"names\", \"sources\": [\"NameServer.java\"], \"priority\": 12,"
                            + " \"role\": \"names\", \"serves\": true}]}");
            lesson(
                    root,
                    "93-noserver",
                    "{\"programs\": [{\"name\": \"upper\", \"sources\": [\"EchoServer.java\"], \"priority\": 8,"
                            + " \"serves\": true, \"uses\": [\"names\"]},"
                            + " {\"name\": \"names\", \"sources\": [\"NameServer.java\"], \"priority\": 12,"
                            + " \"role\": \"names\", \"serves\": true}]}");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lesson(Path root, String id, String manifest) throws IOException {
        Path folder = Files.createDirectories(root.resolve(id));
        Files.writeString(folder.resolve("lesson.md"), "---\nid: " + id + "\ntitle: T\norder: 9\n---\nText\n");
        if (manifest != null) Files.writeString(folder.resolve("system.json"), manifest);
    }

    static String save(Api api, String lesson, String echo) {
        ObjectNode module = Api.module("my echo", Map.of("EchoServer.java", echo));
        if (lesson != null) module.put("lesson", lesson);
        return api.post("/api/modules", module).assertOk().get("id").asText();
    }

    static ObjectNode request(String module, List<String> workloads, List<String> placements) {
        ObjectNode body = Api.JSON.createObjectNode().put("module", module);
        if (workloads != null) workloads.forEach(body.putArray("workloads")::add);
        placements.forEach(body.putArray("placements")::add);
        return body;
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aModulesSystemIsBuiltBenchmarkedInEachPlacementStoredAndShared(Db db) throws Exception {
        Api api = SERVERS.api(db);
        String module = save(api, "90-bench", SLOW_ECHO);
        JsonNode ran = api.post("/api/benchmarks", request(module, List.of("echo"), List.of("kernel", "user")))
                .assertOk();
        assertEquals(module, ran.get("module").asText());
        assertFalse(ran.get("cached").asBoolean());
        assertEquals(List.of("user", "kernel"), names(ran.get("placements")), "canonical order");
        JsonNode results = ran.get("results");
        assertEquals(2, results.size(), ran.toString());

        // the harness on the images POST /api/builds makes of the same files and lesson gives the same figures
        for (int i = 0; i < 2; i++) {
            String placement = List.of("user", "kernel").get(i);
            ObjectNode build = Api.build(Map.of("EchoServer.java", SLOW_ECHO))
                    .put("lesson", "90-bench")
                    .put("placement", placement);
            JsonNode built = api.post("/api/builds", build).assertOk();
            assertTrue(built.get("cached").asBoolean(), "the benchmark's build is the build cache's");
            byte[] image = api.get(built.get("image").get("url").asText()).body();
            Cost direct = new SystemBench(
                            SHORT, LONG, BenchmarkSettings.defaults().budget())
                    .measure(image, placement, List.of("echo"))
                    .costs()
                    .get(0);
            JsonNode figure = results.get(i);
            assertEquals(placement, figure.get("placement").asText());
            assertEquals(direct.instructions(), figure.get("instructions").asDouble(), figure.toString());
            assertEquals(direct.cycles(), figure.get("cycles").asDouble());
            assertEquals(
                    direct.contextSwitches(), figure.get("context_switches").asDouble());
        }
        // the learner's (slower) echo server ran, not the default system's
        JsonNode defaults = api.post("/api/benchmarks", BenchmarksApiTest.request("[\"echo\"]", "[\"user\"]"))
                .assertOk();
        assertTrue(
                results.get(0).get("instructions").asDouble()
                        > defaults.get("results").get(0).get("instructions").asDouble() + 100,
                results + " vs " + defaults);
        assertFalse(defaults.has("module"), "the default system's answer has no module field");

        String id = ran.get("id").asText();
        JsonNode shared = api.get("/api/benchmarks/" + id).assertOk();
        assertTrue(shared.get("cached").asBoolean());
        assertEquals(module, shared.get("module").asText());
        assertEquals(results, shared.get("results"));
        JsonNode again = api.post("/api/benchmarks", request(module, List.of("echo"), List.of("user", "kernel")))
                .assertOk();
        assertEquals(id, again.get("id").asText());
        assertTrue(again.get("cached").asBoolean());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void withoutWorkloadsEveryWorkloadTheSystemHasTheServersForRuns(Db db) {
        Api api = SERVERS.api(db);
        String module = save(api, "90-bench", ECHO);
        JsonNode ran = api.post("/api/benchmarks", request(module, null, List.of("user")))
                .assertOk();
        assertEquals(SystemBench.WORKLOADS, names(ran.get("workloads")));
        assertEquals(SystemBench.WORKLOADS.size(), ran.get("results").size());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aLessonSystemWithoutTheClientGetsItAddedAndItsServersBenchmarked(Db db) {
        Api api = SERVERS.api(db);
        String slow = save(api, "92-noshell", SLOW_ECHO), plain = save(api, "92-noshell", ECHO);
        JsonNode ran = api.post("/api/benchmarks", request(slow, null, List.of("user")))
                .assertOk();
        assertEquals(List.of("echo"), names(ran.get("workloads")), "the one workload whose server the lesson has");
        JsonNode figure = ran.get("results").get(0);
        assertEquals(2.0, figure.get("traps").asDouble(), figure.toString());
        JsonNode fast = api.post("/api/benchmarks", request(plain, List.of("echo"), List.of("user")))
                .assertOk();
        assertTrue(
                figure.get("instructions").asDouble()
                        > fast.get("results").get(0).get("instructions").asDouble() + 100,
                "the learner's slower echo is what ran: " + figure + " vs " + fast);
        String kv = api.post("/api/benchmarks", request(plain, List.of("kv_get"), List.of("user")))
                .assertError(400);
        assertTrue(kv.contains("these apply: echo"), kv);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aModuleWithNothingToBenchmarkOrAnUnknownIdGetsA4xxWithAMessage(Db db) {
        Api api = SERVERS.api(db);
        List<String> user = List.of("user");
        List<String> echo = List.of("echo");
        String noLesson = save(api, null, ECHO);
        assertTrue(api.post("/api/benchmarks", request(noLesson, echo, user))
                .assertError(400)
                .contains("saved without a lesson"));
        String alone = save(api, "91-alone", ECHO);
        assertTrue(api.post("/api/benchmarks", request(alone, echo, user))
                .assertError(400)
                .contains("lesson 91-alone runs a standalone program"));
        String noServer = save(api, "93-noserver", ECHO);
        String none = api.post("/api/benchmarks", request(noServer, null, user)).assertError(400);
        assertTrue(none.contains("lesson 93-noserver's system has none of the servers"), none);
        String notThere =
                api.post("/api/benchmarks", request(noServer, echo, user)).assertError(400);
        assertTrue(
                notThere.contains("calls the echo server, which lesson 93-noserver's benchmark cannot call"), notThere);
        assertTrue(api.post("/api/benchmarks", request("AAAAAAAAAAAA", echo, user))
                .assertError(404)
                .contains("no module AAAAAAAAAAAA"));
        assertTrue(api.post("/api/benchmarks", request("../etc", echo, user))
                .assertError(400)
                .contains("is not a module id"));
        String broken = save(api, "90-bench", ECHO.replaceFirst("Message ", "Mesage "));
        String why = api.post("/api/benchmarks", request(broken, echo, user)).assertError(422);
        assertTrue(why.contains("does not build in placement user: EchoServer.java:"), why);
        assertTrue(api.post("/api/benchmarks", request(noLesson, null, List.of()))
                .assertError(400)
                .contains("placements"));
        api.get("/api/health").assertOk();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
