package org.mkplay.backend.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;

/** Saving, loading and sharing modules through the real server, on SQLite and on PostgreSQL. */
class ModulesApiTest {
    @RegisterExtension
    static final TestServers SERVERS = new TestServers();

    private static final String ECHO =
            "public class Echo {\n  // \u00e9t\u00e9 \u2603 \"quoted\" \\ tab\t\n  public static void main(String[] a) {}\n}\n";

    private static Map<String, String> files(String... nameAndContent) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) files.put(nameAndContent[i], nameAndContent[i + 1]);
        return files;
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void savedModuleLoadsBackByteIdentical(Db db) {
        Api api = SERVERS.api(db);
        ObjectNode module = Api.module("My echo \u2603", files("Echo.java", ECHO, "Util.java", "class Util {}\r\n"));
        module.put("lesson", "01-boot").put("placement", "echo-on-core-1");
        JsonNode saved = api.post("/api/modules", module).assertOk();
        String id = saved.get("id").asText();
        assertTrue(ModuleId.FORMAT.matcher(id).matches(), id);
        assertEquals("/m/" + id, saved.get("url").asText());

        JsonNode loaded = api.get("/api/modules/" + id).assertOk();
        assertEquals("My echo \u2603", loaded.get("title").asText());
        assertEquals("01-boot", loaded.get("lesson").asText());
        assertEquals("echo-on-core-1", loaded.get("placement").asText());
        assertEquals(ECHO, loaded.get("files").get(0).get("content").asText());
        assertEquals(
                "class Util {}\r\n", loaded.get("files").get(1).get("content").asText());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void sameContentGivesTheSameIdWhateverTheFileOrder(Db db) {
        Api api = SERVERS.api(db);
        String a = api.saveModule("t", files("A.java", "class A {}", "B.java", "class B {}"));
        String again = api.saveModule("t", files("A.java", "class A {}", "B.java", "class B {}"));
        String reordered = api.saveModule("t", files("B.java", "class B {}", "A.java", "class A {}"));
        assertEquals(a, again);
        assertEquals(a, reordered);
        String otherTitle = api.saveModule("u", files("A.java", "class A {}", "B.java", "class B {}"));
        String otherByte = api.saveModule("t", files("A.java", "class A { }", "B.java", "class B {}"));
        assertNotEquals(a, otherTitle);
        assertNotEquals(a, otherByte);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void shareLinkServesThePlaygroundPage(Db db) {
        Api api = SERVERS.api(db);
        String id = api.saveModule("page", files("P.java", "class P {}"));
        Api.Answer page = api.get("/m/" + id);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.text().contains("<base href=\"/\">"), "assets resolve from the root under /m/");
        assertEquals(
                api.get("/").text(), page.text().replace("\n  <base href=\"/\">", ""), "otherwise the playground page");
    }

    /** A module never changes under its id: the id is its entity tag, the answer immutable, a revalidation a 304. */
    @ParameterizedTest
    @EnumSource(Db.class)
    void aLoadCarriesTheIdAsItsEntityTagAndARevalidationIsA304(Db db) {
        Api api = SERVERS.api(db);
        String id = api.saveModule("tagged", files("T.java", "class T {}"));
        Api.Answer first = api.get("/api/modules/" + id);
        assertEquals(200, first.status());
        assertEquals("\"" + id + "\"", first.header("ETag"));
        assertEquals("public, max-age=31536000, immutable", first.header("Cache-Control"));
        for (String tag : List.of("\"" + id + "\"", "W/\"" + id + "\"", "\"AAAAAAAAAAAA\", \"" + id + "\"", "*")) {
            Api.Answer again = api.send(HttpRequest.newBuilder(api.uri("/api/modules/" + id))
                    .header("If-None-Match", tag)
                    .GET());
            assertEquals(304, again.status(), tag);
            assertEquals(0, again.body().length, tag);
            assertEquals("\"" + id + "\"", again.header("ETag"));
        }
        Api.Answer other = api.send(HttpRequest.newBuilder(api.uri("/api/modules/" + id))
                .header("If-None-Match", "\"AAAAAAAAAAAA\"")
                .GET());
        assertEquals(200, other.status());
        assertEquals(first.text(), other.text());
        api.send(HttpRequest.newBuilder(api.uri("/api/modules/AAAAAAAAAAAA"))
                        .header("If-None-Match", "*")
                        .GET())
                .assertError(404);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void unknownIdsAre404(Db db) {
        Api api = SERVERS.api(db);
        api.get("/api/modules/AAAAAAAAAAAA").assertError(404);
        api.get("/api/modules/not-an-id").assertError(404);
        api.get("/api/modules/%2e%2e%2fetc").assertError(404);
        api.get("/m/AAAAAAAAAAAA").assertError(404);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void unknownLessonIsRefused(Db db) {
        ObjectNode module = Api.module("t", files("A.java", "class A {}"));
        module.put("lesson", "99-nowhere");
        String message = SERVERS.api(db).post("/api/modules", module).assertError(400);
        assertTrue(message.contains("99-nowhere"), message);
    }
}
