package org.mkplay.backend.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.server.WebServer;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.TestServers;

/**
 * The build limits under abuse, each on a server configured for it: the time limit (a compile bomb is stopped,
 * the worker replaced, the next build served), the bounded queue (503 + Retry-After) and the per-client rate
 * limit (429 + Retry-After). The limits live in the build pool, not the database, so SQLite serves here.
 */
class BuildLimitsTest {
    private static WebServer server(java.nio.file.Path dbFile, BuildSettings settings) {
        return TestServers.start(Database.sqlite(dbFile), settings);
    }

    /** Builds Hello (numbered n, so that no two builds share a cache entry): answered 200, compiled. */
    private static void compilesHello(Api api, int n) {
        assertTrue(api.built("Hello.java", hello(n)).get("ok").asBoolean());
    }

    private static String hello(int n) {
        return BuildsApiTest.HELLO.replace("\"sum \"", "\"sum" + n + " \"");
    }

    @Test
    void compileBombIsStoppedAtTheLimitAndTheWorkerServesTheNextBuild(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        BuildSettings settings =
                BuildSettings.defaults().withRate(0, 0).withPool(1, 4).withTimeLimit(Duration.ofSeconds(3));
        try (WebServer server = server(dir.resolve("db"), settings)) {
            Api api = new Api(server.port());
            compilesHello(api, 0);
            long start = System.nanoTime();
            String message =
                    api.build("Bomb.java", CompileBombs.genericInference()).assertError(422);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(message.contains("limit of 3 s"), message);
            assertTrue(seconds < 30, "stopped near the limit, took " + seconds + " s");
            // one worker only: this build runs on its replacement
            compilesHello(api, 1);
            api.get("/api/health").assertOk();
        }
    }

    @Test
    void fullQueueIs503WithRetryAfter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        BuildSettings settings =
                BuildSettings.defaults().withRate(0, 0).withPool(1, 0).withTimeLimit(Duration.ofSeconds(8));
        try (WebServer server = server(dir.resolve("db"), settings)) {
            Api api = new Api(server.port());
            // start the only worker first, so the bomb below takes it at once
            compilesHello(api, 99);
            CompletableFuture<Api.Answer> bomb =
                    CompletableFuture.supplyAsync(() -> api.build("Bomb.java", CompileBombs.genericInference()));
            Thread.sleep(1000);
            Api.Answer refused = api.build("Hello.java", hello(100));
            refused.assertError(503);
            assertEquals("5", refused.header("Retry-After"));
            bomb.get(60, TimeUnit.SECONDS).assertError(422);
            assertEquals(200, api.build("Hello.java", hello(100)).status(), "served once the worker is free");
        }
    }

    @Test
    void perClientRateLimitIs429WithRetryAfter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        BuildSettings settings = BuildSettings.defaults().withRate(1, 2);
        try (WebServer server = server(dir.resolve("db"), settings)) {
            Api api = new Api(server.port());
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(api.build("Hello.java", hello(200 + i)).status());
            }
            assertEquals(List.of(200, 200, 429), statuses);
            Api.Answer limited = api.build("Hello.java", hello(203));
            limited.assertError(429);
            int retry = Integer.parseInt(limited.header("Retry-After"));
            assertTrue(retry > 0 && retry <= 60, "Retry-After " + retry);
            // a cached build costs nothing and is not limited
            assertEquals(200, api.build("Hello.java", hello(200)).status());
        }
    }

    @Test
    void behindABalancerTheClientIsTheHeadersAddress(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        BuildSettings settings = BuildSettings.defaults().withRate(1, 1);
        var services = org.mkplay.backend.server.Services.open(
                Database.sqlite(dir.resolve("db")), org.mkplay.backend.lessons.LessonCatalog.fromClasspath(), settings);
        try (WebServer server = WebServer.start(services, "127.0.0.1", 0, "X-Real-IP")) {
            Api api = new Api(server.port());
            List<Integer> statuses = new ArrayList<>();
            String[] clients = {"10.0.0.1", "10.0.0.2", "10.0.0.1"};
            for (int i = 0; i < clients.length; i++) {
                var body = java.net.http.HttpRequest.BodyPublishers.ofString(
                        Api.build(Map.of("Hello.java", hello(300 + i))).toString());
                statuses.add(api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/builds"))
                                .header("Content-Type", "application/json")
                                .header("X-Real-IP", clients[i])
                                .POST(body))
                        .status());
            }
            assertEquals(
                    List.of(200, 200, 429), statuses, "one bucket per forwarded address, not one for the balancer");
        }
    }
}
