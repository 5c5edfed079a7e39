package org.mkplay.backend.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;

/**
 * {@code POST /api/benchmarks} with modules of the course itself (the lessons packaged in the jar, whose systems have no
 * benchmark client), on SQLite and PostgreSQL: a lesson 3 module, the learner's echo server, gets its echo figures in
 * both worlds; a module of a lesson whose servers no workload calls gets the 400 that says so.
 */
class CourseBenchmarksApiTest {
    private static final TestServers SERVERS = new TestServers(
            BuildSettings.defaults().withRate(0, 0),
            BenchmarkSettings.defaults().withLoops(ModuleBenchmarksApiTest.SHORT, ModuleBenchmarksApiTest.LONG),
            LessonCatalog.fromClasspath());

    @AfterAll
    static void stop() {
        SERVERS.close();
    }

    private static String saveSolution(Api api, String lesson) {
        Map<String, String> files = new LinkedHashMap<>();
        for (SourceFile f :
                LessonCatalog.fromClasspath().get(lesson).orElseThrow().folder().solution()) {
            files.put(f.name(), f.content());
        }
        ObjectNode module = Api.module("my " + lesson, files).put("lesson", lesson);
        return api.post("/api/modules", module).assertOk().get("id").asText();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aLesson3ModuleIsBenchmarkedInBothWorlds(Db db) {
        Api api = SERVERS.api(db);
        String module = saveSolution(api, "03-echo");
        JsonNode ran = api.post(
                        "/api/benchmarks", ModuleBenchmarksApiTest.request(module, null, List.of("user", "kernel")))
                .assertOk();
        assertEquals(module, ran.get("module").asText());
        assertEquals("echo", ran.get("workloads").get(0).asText(), ran.toString());
        assertEquals(1, ran.get("workloads").size(), "lesson 3 has the echo server only");
        JsonNode user = ran.get("results").get(0), kernel = ran.get("results").get(1);
        assertEquals(2.0, user.get("traps").asDouble(), user.toString());
        assertEquals(2.0, user.get("as_switches").asDouble(), user.toString());
        assertEquals(1.0, kernel.get("traps").asDouble(), kernel.toString());
        assertEquals(0.0, kernel.get("as_switches").asDouble(), kernel.toString());
        assertTrue(
                user.get("instructions").asDouble() > kernel.get("instructions").asDouble(),
                "a call into the kernel-placed echo costs less: " + ran);
        JsonNode shared = api.get("/api/benchmarks/" + ran.get("id").asText()).assertOk();
        assertEquals(ran.get("results"), shared.get("results"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aModuleOfALessonWithoutTheWorkloadsServersGetsA400(Db db) {
        Api api = SERVERS.api(db);
        String module = saveSolution(api, "11-kv-store");
        String why = api.post("/api/benchmarks", ModuleBenchmarksApiTest.request(module, null, List.of("user")))
                .assertError(400);
        assertTrue(why.contains("lesson 11-kv-store's system has none of the servers the workloads call"), why);
    }
}
