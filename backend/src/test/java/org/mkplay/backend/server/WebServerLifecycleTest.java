package org.mkplay.backend.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Behaviour that needs routes of its own: a handler that fails, and a request in flight during stop. */
class WebServerLifecycleTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpRequest get(WebServer server, String path) {
        return get(server.port(), path);
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET()
                .build();
    }

    @Test
    void handlerFailureIsJson500WithoutDetails() throws Exception {
        try (WebServer server = WebServer.start(
                "127.0.0.1",
                0,
                routes -> routes.get("/api/boom", ctx -> {
                    throw new IllegalStateException("secret internal detail");
                }))) {
            HttpResponse<String> response = HTTP.send(get(server, "/api/boom"), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, response.statusCode());
            JsonNode json = new ObjectMapper().readTree(response.body());
            assertEquals(500, json.get("status").asInt());
            assertEquals("internal server error", json.get("error").asText());
            assertFalse(
                    response.body().contains("secret") || response.body().contains("IllegalStateException"),
                    response.body());
        }
    }

    @Test
    void stopLetsAnInFlightRequestFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        WebServer server = WebServer.start(
                "127.0.0.1",
                0,
                routes -> routes.get("/api/slow", ctx -> {
                    entered.countDown();
                    Thread.sleep(1_000);
                    ctx.result("done");
                }));
        int port = server.port();
        CompletableFuture<HttpResponse<String>> slow =
                HTTP.sendAsync(get(server, "/api/slow"), HttpResponse.BodyHandlers.ofString());
        assertEquals(true, entered.await(10, TimeUnit.SECONDS));
        server.close(); // returns after the in-flight request completed (bounded by STOP_TIMEOUT)
        HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("done", response.body());
        assertThrows(ConnectException.class, () -> {
            try {
                HTTP.send(get(port, "/api/health"), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw e instanceof ConnectException ? e : (e.getCause() instanceof ConnectException c ? c : e);
            }
        });
    }
}
