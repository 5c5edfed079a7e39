package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.server.WebServer;

/** The real server on a free port, driven over HTTP by the JDK's client (and a raw socket for bad HTTP). */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Asserts the response is our JSON error shape with the given status, and returns its message. */
    private static String assertJsonError(int status, int actualStatus, String contentType, byte[] body)
            throws IOException {
        assertEquals(status, actualStatus);
        assertTrue(contentType.startsWith("application/json"), "content type " + contentType);
        JsonNode json = JSON.readTree(body);
        assertEquals(status, json.get("status").asInt(), json.toString());
        assertTrue(json.get("error").isTextual() && !json.get("error").asText().isBlank(), json.toString());
        assertEquals(2, json.size(), "only error and status: " + json);
        return json.get("error").asText();
    }

    @Test
    void healthReportsOkAndTheVersion() throws Exception {
        HttpResponse<byte[]> response = get("/api/health");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonNode json = JSON.readTree(response.body());
        assertEquals("ok", json.get("status").asText());
        assertEquals(Version.get(), json.get("version").asText());
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), "filtered version, got " + Version.get());
    }

    @Test
    void indexIsServedAtRootAsHtml() throws Exception {
        HttpResponse<byte[]> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"), contentType(response));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8)
                .toLowerCase()
                .contains("<!doctype html"));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void wasmIsServedAsApplicationWasmByteForByte() throws Exception {
        HttpResponse<byte[]> response = get("/" + StaticFixtures.WASM);
        assertEquals(200, response.statusCode());
        assertEquals("application/wasm", contentType(response));
        try (InputStream expected = WebServerTest.class.getResourceAsStream("/public/" + StaticFixtures.WASM)) {
            assertArrayEquals(expected.readAllBytes(), response.body());
        }
        // WebAssembly binary magic "\0asm"
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, java.util.Arrays.copyOf(response.body(), 4));
    }

    @Test
    void unchangedStaticFileRevalidatesWithEtag() throws Exception {
        HttpResponse<byte[]> first = get("/" + StaticFixtures.WASM);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        HttpResponse<byte[]> second = send(HttpRequest.newBuilder(uri("/" + StaticFixtures.WASM))
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertEquals(304, second.statusCode());
        assertEquals(0, second.body().length);
    }

    @Test
    void unknownApiPathIsJson404() throws Exception {
        HttpResponse<byte[]> response = get("/api/no-such-thing");
        String message = assertJsonError(404, response.statusCode(), contentType(response), response.body());
        assertTrue(message.contains("/api/no-such-thing"), message);
    }

    @Test
    void unknownStaticPathIsJson404() throws Exception {
        HttpResponse<byte[]> response = get("/no-such-file.js");
        assertJsonError(404, response.statusCode(), contentType(response), response.body());
    }

    @Test
    void wrongMethodIsJson405() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/api/health"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                .build());
        assertJsonError(405, response.statusCode(), contentType(response), response.body());
    }

    @Test
    void badUriEncodingIsJson400() throws Exception {
        RawResponse response = raw("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertJsonError(400, response.status, response.contentType, response.body);
    }

    @Test
    void unparsableRequestLineIsJson400() throws Exception {
        RawResponse response = raw("THIS IS NOT HTTP\r\n\r\n");
        assertJsonError(400, response.status, response.contentType, response.body);
    }

    @Test
    void serverErrorsHideDetailsButStayJson() throws Exception {
        // A request header too large for Jetty's buffer: rejected by the HTTP layer with 431.
        String huge = "x".repeat(64 * 1024);
        RawResponse response =
                raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + huge + "\r\nConnection: close\r\n\r\n");
        assertJsonError(431, response.status, response.contentType, response.body);
    }

    private record RawResponse(int status, String contentType, byte[] body) {}

    /** Sends bytes the JDK client refuses to produce, and parses the HTTP/1.1 response minimally. */
    private static RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int headerEnd = text.indexOf("\r\n\r\n");
            assertTrue(headerEnd > 0, "no HTTP response: " + text);
            String[] lines = text.substring(0, headerEnd).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase();
                if (lower.startsWith("content-type:"))
                    contentType = line.substring(13).trim();
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            }
            assertTrue(!chunked, "test client expects a Content-Length body");
            byte[] body = java.util.Arrays.copyOfRange(all, headerEnd + 4, all.length);
            return new RawResponse(status, contentType, body);
        }
    }
}
