package org.mkplay.backend.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;

/** Security headers on pages, assets, API answers and errors; no CORS. On SQLite and PostgreSQL. */
class SecurityHeadersTest {
    @RegisterExtension
    static final TestServers SERVERS = new TestServers();

    @ParameterizedTest
    @EnumSource(Db.class)
    void everyAnswerCarriesTheHeaders(Db db) {
        Api api = SERVERS.api(db);
        String id = api.saveModule("t", Map.of("A.java", "class A {}"));
        for (String path : new String[] {
            "/",
            "/index.html",
            "/assets/playground.js",
            "/api/health",
            "/api/lessons",
            "/m/" + id,
            "/api/modules/" + id,
            "/api/nothing"
        }) {
            Api.Answer a = api.get(path);
            String csp = a.header("Content-Security-Policy");
            assertTrue(
                    csp != null
                            && csp.contains("frame-ancestors 'none'")
                            && csp.contains("script-src 'self' 'wasm-unsafe-eval'")
                            && !csp.contains("'unsafe-inline' ;")
                            && !csp.matches(".*script-src[^;]*unsafe-inline.*"),
                    path + ": " + csp);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), path);
            assertEquals("DENY", a.header("X-Frame-Options"), path);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void onlyTheEmulatorsWorkerScriptMayEvaluateStrings(Db db) {
        Api api = SERVERS.api(db);
        Api.Answer worker = api.get(SecurityHeaders.WORKER_SCRIPT);
        assertEquals(200, worker.status());
        assertEquals(SecurityHeaders.WORKER_CSP, worker.header("Content-Security-Policy"));
        assertTrue(SecurityHeaders.WORKER_CSP.contains("'unsafe-eval'")
                && !SecurityHeaders.WORKER_CSP.matches(".*script-src[^;]*unsafe-inline.*"));
        for (String path : new String[] {"/", "/bench.html", "/assets/playground.js", "/api/lessons"}) {
            String csp = api.get(path).header("Content-Security-Policy");
            assertEquals(SecurityHeaders.CSP, csp, path);
            assertTrue(!csp.contains(" 'unsafe-eval'"), path + ": " + csp);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void corsIsOff(Db db) {
        Api api = SERVERS.api(db);
        Api.Answer simple =
                api.send(HttpRequest.newBuilder(api.uri("/api/lessons")).header("Origin", "https://evil.example"));
        assertNull(simple.header("Access-Control-Allow-Origin"));
        Api.Answer preflight = api.send(HttpRequest.newBuilder(api.uri("/api/modules"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertNull(preflight.header("Access-Control-Allow-Origin"));
        assertNull(preflight.header("Access-Control-Allow-Methods"));
    }
}
