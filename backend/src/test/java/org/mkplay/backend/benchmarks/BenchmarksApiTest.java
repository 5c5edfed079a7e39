package org.mkplay.backend.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;
import org.mkplay.bench.system.Cost;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.system.SystemBuilder;

/**
 * The system benchmark through the real server, on SQLite and on PostgreSQL: the figures are the emulator's (the
 * same as running the harness directly), stored and shared by a content-addressed id; bad requests get a 4xx with
 * a message. Short loops keep it fast (the full run is mkplay bench system).
 */
class BenchmarksApiTest {
    static final int SHORT = 2, LONG = 6;

    @RegisterExtension
    static final TestServers SERVERS = new TestServers(
            BuildSettings.defaults().withRate(0, 0),
            BenchmarkSettings.defaults().withLoops(SHORT, LONG));

    static String request(String workloads, String placements) {
        return "{\"workloads\": " + workloads + ", \"placements\": " + placements + "}";
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aBenchmarkRunsIsStoredAndSharedByItsId(Db db) throws Exception {
        Api api = SERVERS.api(db);
        JsonNode ran = api.post("/api/benchmarks", request("[\"kv_get\", \"echo\"]", "[\"kernel\", \"user\"]"))
                .assertOk();
        String id = ran.get("id").asText();
        assertTrue(id.matches("[A-Za-z0-9_-]{16}"), id);
        assertFalse(ran.get("cached").asBoolean());
        assertEquals(List.of("echo", "kv_get"), names(ran.get("workloads")), "canonical order");
        assertEquals(List.of("user", "kernel"), names(ran.get("placements")), "canonical order");
        assertEquals(SHORT, ran.get("short").asInt());
        assertEquals(LONG, ran.get("long").asInt());
        JsonNode results = ran.get("results");
        assertEquals(4, results.size());

        // the same figures as the harness run directly on the same images
        List<Cost> direct = new java.util.ArrayList<>();
        for (String placement : List.of("user", "kernel")) {
            direct.addAll(
                    new SystemBench(SHORT, LONG, BenchmarkSettings.defaults().budget())
                            .measure(SystemBuilder.defaultSystem(placement), placement, List.of("echo", "kv_get"))
                            .costs());
        }
        for (int i = 0; i < direct.size(); i++) {
            JsonNode figure = results.get(i);
            Cost cost = direct.get(i);
            assertEquals(cost.workload(), figure.get("workload").asText());
            assertEquals(cost.placement(), figure.get("placement").asText());
            assertEquals(cost.instructions(), figure.get("instructions").asDouble());
            assertEquals(cost.traps(), figure.get("traps").asDouble());
            assertEquals(cost.contextSwitches(), figure.get("context_switches").asDouble());
            assertEquals(cost.asSwitches(), figure.get("as_switches").asDouble());
            assertEquals(cost.tlbMisses(), figure.get("tlb_misses").asDouble());
            assertEquals(cost.cycles(), figure.get("cycles").asDouble());
        }
        assertTrue(results.get(0).get("context_switches").asDouble() >= 2, results.toString());
        assertEquals(0, results.get(2).get("context_switches").asDouble(), results.toString());

        JsonNode shared = api.get("/api/benchmarks/" + id).assertOk();
        assertTrue(shared.get("cached").asBoolean());
        assertEquals(results, shared.get("results"));

        JsonNode again = api.post("/api/benchmarks", request("[\"echo\", \"kv_get\"]", "[\"user\", \"kernel\"]"))
                .assertOk();
        assertEquals(id, again.get("id").asText(), "the same request in another order is the same benchmark");
        assertTrue(again.get("cached").asBoolean());
        assertEquals(results, again.get("results"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void badRequestsGetAMessage(Db db) {
        Api api = SERVERS.api(db);
        refused(api, request("[\"nosuch\"]", "[\"user\"]"), "workloads[0]");
        refused(api, request("[]", "[\"user\"]"), "workloads");
        refused(api, request("[\"echo\", \"echo\"]", "[\"user\"]"), "twice");
        refused(api, request("[\"echo\"]", "[\"monolith\"]"), "placements[0]");
        refused(api, request("\"echo\"", "[\"user\"]"), "wrong type");
        refused(api, "{\"workloads\": [\"echo\"]}", "placements");
        // saved modules: ModuleBenchmarksApiTest
        assertTrue(api.post(
                        "/api/benchmarks",
                        "{\"module\": \"abcdefghijkl\", \"workloads\": [\"echo\"], \"placements\": [\"user\"]}")
                .assertError(404)
                .contains("no module abcdefghijkl"));
        refused(api, "{\"workloads\": [\"echo\"], \"placements\": [\"user\"], \"n\": 1}", "unknown field n");
        api.post("/api/benchmarks", "{").assertError(400);
        api.get("/api/benchmarks/AAAAAAAAAAAAAAAA").assertError(404);
        api.get("/api/benchmarks/..%2F..%2Fetc").assertError(404);
    }

    @Test
    void aRunOverItsInstructionBudgetIsRefusedAndTheServerKeepsServing() {
        try (TestServers small = new TestServers(
                BuildSettings.defaults().withRate(0, 0),
                BenchmarkSettings.defaults().withLoops(SHORT, LONG).withBudget(2_500_000L))) {
            Api api = small.api(Db.SQLITE);
            String message = api.post("/api/benchmarks", request("[\"file_read_4k\"]", "[\"user\"]"))
                    .assertError(422);
            assertTrue(message.contains("did not finish"), message);
            api.get("/api/health").assertOk();
        }
    }

    /** The request is answered 400 with a message that names what is wrong. */
    private static void refused(Api api, String body, String named) {
        String message = api.post("/api/benchmarks", body).assertError(400);
        assertTrue(message.contains(named), message);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
