package org.mkplay.backend.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** HTTP to one test server: JSON in and out, and the checks every API error must pass. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Asserts a JSON error of this status with a message and nothing else (no stack trace); returns the message. */
        public String assertError(int expected) {
            assertEquals(expected, status, text());
            assertTrue(header("Content-Type").startsWith("application/json"), header("Content-Type"));
            JsonNode json = json();
            assertEquals(expected, json.get("status").asInt(), text());
            assertTrue(
                    json.get("error").isTextual() && !json.get("error").asText().isBlank(), text());
            assertEquals(2, json.size(), text());
            assertFalse(text().contains("at org.") || text().contains("Exception"), text());
            return json.get("error").asText();
        }

        public JsonNode assertOk() {
            assertTrue(status == 200 || status == 201, status + " " + text());
            return json();
        }
    }

    public Api(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Answer post(String path, String body) {
        return post(path, body, "application/json");
    }

    public Answer post(String path, JsonNode body) {
        return post(path, body.toString());
    }

    public Answer post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves a module (POST /api/modules, which must succeed) and returns its id. */
    public String saveModule(String title, Map<String, String> files) {
        return post("/api/modules", module(title, files)).assertOk().get("id").asText();
    }

    /** {"title": title, "files": [{"name": n, "content": c}...]} with files in the given order. */
    public static ObjectNode module(String title, Map<String, String> files) {
        ObjectNode body = JSON.createObjectNode().put("title", title);
        body.set("files", files(files));
        return body;
    }

    public static ArrayNode files(Map<String, String> files) {
        ArrayNode list = JSON.createArrayNode();
        files.forEach((name, content) -> list.addObject().put("name", name).put("content", content));
        return list;
    }

    /** POST /api/builds of one file (the playground's usual build); the answer, not yet checked. */
    public Answer build(String name, String source) {
        return post("/api/builds", build(Map.of(name, source)));
    }

    /** The same, answered 200: the build's JSON (its "ok" says whether it compiled). */
    public JsonNode built(String name, String source) {
        return build(name, source).assertOk();
    }

    /** {"files": [...]}: a build request. */
    public static ObjectNode build(Map<String, String> files) {
        ObjectNode body = JSON.createObjectNode();
        body.set("files", files(files));
        return body;
    }
}
