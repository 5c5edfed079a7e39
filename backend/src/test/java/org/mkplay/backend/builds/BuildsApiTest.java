package org.mkplay.backend.builds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.Main;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;

/** Builds through the real server and its worker processes, on SQLite and on PostgreSQL. */
class BuildsApiTest {
    @RegisterExtension
    static final TestServers SERVERS = new TestServers();

    static final String HELLO = """
            public class Hello {
                public static void main(String[] args) {
                    int sum = 0;
                    for (int i = 1; i <= 10; i++) sum += i;
                    System.out.println("sum " + sum);
                }
            }
            """;

    @TempDir
    Path scratch;

    @ParameterizedTest
    @EnumSource(Db.class)
    void buildGivesAnImageThatRunsOnTheEmulatorAndAListingPerLine(Db db) throws Exception {
        Api api = SERVERS.api(db);
        JsonNode build = api.built("Hello.java", HELLO);
        assertTrue(build.get("ok").asBoolean(), build.toString());
        assertEquals(0, build.get("diagnostics").size(), build.toString());
        JsonNode image = build.get("image");
        assertEquals("elf", image.get("format").asText());
        assertEquals("standalone", image.get("profile").asText());
        Api.Answer bytes = api.get(image.get("url").asText());
        assertEquals(200, bytes.status());
        assertEquals(image.get("bytes").asLong(), bytes.body().length);
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, Arrays.copyOf(bytes.body(), 4));
        assertEquals(bytes.body().length, build.get("sizes").get("image").asLong());
        assertTrue(build.get("sizes").get("code").asLong() > 0);
        assertTrue(build.get("compileMillis").asLong() >= 0);
        assertTrue(
                lineHasCode(build.get("listing"), "Hello.java", 4),
                "the loop's line has instructions: " + build.get("listing"));
        for (JsonNode entry : build.get("listing")) {
            assertEquals("Hello.java", entry.get("file").asText(), "the learner's lines only, not the runtime's");
        }
        assertEquals("sum 55\n", runOnEmulator(bytes.body()));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void sameInputIsTheSameBuildServedFromTheCache(Db db) {
        Api api = SERVERS.api(db);
        String source = HELLO.replace("\"sum \"", "\"cached " + db + " \"");
        JsonNode first = api.built("Hello.java", source);
        JsonNode second = api.built("Hello.java", source);
        assertTrue(first.get("ok").asBoolean(), first.toString());
        assertFalse(first.get("cached").asBoolean());
        assertTrue(second.get("cached").asBoolean());
        assertEquals(first.get("id").asText(), second.get("id").asText());
        assertEquals(first.get("image"), second.get("image"));
        assertEquals(first.get("listing"), second.get("listing"));
        JsonNode byId = api.get("/api/builds/" + first.get("id").asText()).assertOk();
        assertEquals(first.get("listing"), byId.get("listing"));
        // the cached answer is the first one, field for field, apart from cached
        JsonNode firstAsCached =
                ((com.fasterxml.jackson.databind.node.ObjectNode) first.deepCopy()).put("cached", true);
        assertEquals(firstAsCached, second);
        assertEquals(firstAsCached, byId);
        String type = api.get("/api/builds/" + first.get("id").asText()).header("Content-Type");
        assertTrue(type.startsWith("application/json"), type);
        JsonNode other = api.built("Hello.java", source + "\n");
        assertFalse(other.get("id").asText().equals(first.get("id").asText()));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void javacErrorsAndWarningsComeWithLineAndColumn(Db db) {
        String broken =
                "public class Broken {\n  public static void main(String[] a) {\n    int x = \"text\";\n  }\n}\n";
        JsonNode build = SERVERS.api(db).built("Broken.java", broken);
        assertFalse(build.get("ok").asBoolean());
        assertTrue(build.get("image").isNull(), build.toString());
        JsonNode d = build.get("diagnostics").get(0);
        assertEquals("Broken.java", d.get("file").asText());
        assertEquals(3, d.get("line").asInt());
        assertEquals(13, d.get("column").asInt());
        assertEquals("error", d.get("severity").asText());
        assertEquals("javac", d.get("tool").asText());
        assertTrue(d.get("message").asText().contains("incompatible types"), d.toString());
        SERVERS.api(db)
                .get("/api/builds/" + build.get("id").asText() + "/image")
                .assertError(404);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void ourCompilersErrorsAreInTheSameList(Db db) {
        String threads =
                "public class Spawn {\n  public static void main(String[] a) {\n    new Thread(() -> {}).start();\n  }\n}\n";
        JsonNode build = SERVERS.api(db).built("Spawn.java", threads);
        assertFalse(build.get("ok").asBoolean(), build.toString());
        JsonNode d = build.get("diagnostics").get(0);
        assertEquals("mkplay", d.get("tool").asText(), build.toString());
        assertEquals("error", d.get("severity").asText());
        assertEquals("Spawn.java", d.get("file").asText(), build.toString());
        assertTrue(d.get("line").asInt() > 0, build.toString());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void placementsAreRefusedUntilSystemImagesExist(Db db) {
        var body = Api.build(Map.of("Hello.java", HELLO)).put("placement", "echo-on-core-1");
        String message = SERVERS.api(db).post("/api/builds", body).assertError(400);
        assertTrue(message.contains("placement"), message);
    }

    private static boolean lineHasCode(JsonNode listing, String file, int line) {
        for (JsonNode entry : listing) {
            if (entry.get("file").asText().equals(file) && entry.get("line").asInt() == line) {
                JsonNode first = entry.get("instructions").get(0);
                return first.get("encoding").asText().matches("[0-9a-f]{8}")
                        && !first.get("text").asText().isBlank();
            }
        }
        return false;
    }

    /** {@code mkplay run} on the image: the console output. The emulator, not the JVM, runs the learner's code. */
    private String runOnEmulator(byte[] elf) throws Exception {
        Path file = Files.write(scratch.resolve("hello.elf"), elf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(
                new Main.Io(
                        new java.io.ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)),
                "run",
                file.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
