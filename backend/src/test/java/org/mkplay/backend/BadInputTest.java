package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;

/**
 * Bad input to every endpoint that takes any: each gets its 4xx JSON error with a message, nothing is
 * stored, and the server keeps serving (checked after every test). Compile bombs: see BuildLimitsTest.
 */
class BadInputTest {
    @RegisterExtension
    static final TestServers SERVERS = new TestServers();

    private static final String[] WRITE_ENDPOINTS = {"/api/modules", "/api/builds"};

    @AfterEach
    void serverStillServes() {
        for (Db db : Db.values()) {
            SERVERS.api(db).get("/api/health").assertOk();
        }
    }

    private static ObjectNode body(String endpoint, Map<String, String> files) {
        return endpoint.contains("modules") ? Api.module("t", files) : Api.build(files);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void oversizedBodyIs413(Db db) {
        String huge = "x".repeat(600 * 1024);
        for (String endpoint : WRITE_ENDPOINTS) {
            SERVERS.api(db)
                    .post(endpoint, body(endpoint, Map.of("A.java", huge)).toString())
                    .assertError(413);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void malformedJsonIs400(Db db) {
        for (String endpoint : WRITE_ENDPOINTS) {
            for (String bad :
                    new String[] {"", "{", "{\"title\": }", "[1,2", "{\"files\": []} trailing", "null", "\u0000"}) {
                String message = SERVERS.api(db).post(endpoint, bad).assertError(400);
                assertTrue(!message.contains("org.mkplay") && !message.contains("com.fasterxml"), message);
            }
            SERVERS.api(db).post(endpoint, "{}", "text/plain").assertError(400);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void wrongTypesAre400(Db db) {
        Api api = SERVERS.api(db);
        String[] bodies = {
            "{\"title\": 5, \"files\": [{\"name\": \"A.java\", \"content\": \"class A {}\"}]}",
            "{\"title\": \"t\", \"files\": {\"name\": \"A.java\"}}",
            "{\"title\": \"t\", \"files\": [{\"name\": 1, \"content\": \"x\"}]}",
            "{\"title\": \"t\", \"files\": [{\"name\": \"A.java\", \"content\": [\"x\"]}]}",
            "{\"title\": [\"t\"], \"files\": [{\"name\": \"A.java\", \"content\": \"x\"}]}",
            "{\"title\": \"t\", \"files\": [{\"name\": \"A.java\", \"content\": \"x\"}], \"extra\": 1}",
            "{\"title\": \"t\", \"title\": \"u\", \"files\": [{\"name\": \"A.java\", \"content\": \"x\"}]}",
            "[]",
        };
        for (String b : bodies) {
            api.post("/api/modules", b).assertError(400);
        }
        api.post("/api/builds", "{\"files\": [{\"name\": \"A.java\", \"content\": 7}]}")
                .assertError(400);
        api.post("/api/builds", "{\"files\": \"A.java\"}").assertError(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../A.java",
                "a/B.java",
                "A.java\u0000.txt",
                "A\u0007.java",
                "\u0410.java",
                "A\u200b.java",
                "\uff21.java",
                "A.JAVA",
                "A.java ",
                ".java",
                "1A.java",
                "A.java/",
                "C:\\A.java",
                "A.class",
                "\u212a.java",
                ""
            })
    void hostileNamesAre400(String name) {
        for (Db db : Db.values()) {
            for (String endpoint : WRITE_ENDPOINTS) {
                String message = SERVERS.api(db)
                        .post(endpoint, body(endpoint, Map.of(name, "class A {}")))
                        .assertError(400);
                assertTrue(message.contains("name"), message);
                assertTrue(
                        message.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "message is printable ASCII: " + message);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void tooManyFilesAndTooMuchSourceAre400(Db db) {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 17; i++) many.put("F" + i + ".java", "class F" + i + " {}");
        Map<String, String> big = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) big.put("B" + i + ".java", "/*" + "x".repeat(14 * 1024) + "*/");
        for (String endpoint : WRITE_ENDPOINTS) {
            assertTrue(SERVERS.api(db)
                    .post(endpoint, body(endpoint, many))
                    .assertError(400)
                    .contains("at most 16 files"));
            assertTrue(SERVERS.api(db)
                    .post(endpoint, body(endpoint, big))
                    .assertError(400)
                    .contains("65536 bytes"));
            SERVERS.api(db).post(endpoint, body(endpoint, Map.of())).assertError(400);
            String dup =
                    "{\"title\":\"t\",\"files\":[{\"name\":\"A.java\",\"content\":\"x\"},{\"name\":\"A.java\",\"content\":\"y\"}]}";
            SERVERS.api(db).post("/api/modules", dup).assertError(400);
        }
        // exactly at the limits is fine
        Map<String, String> sixteen = new LinkedHashMap<>();
        for (int i = 0; i < 16; i++) sixteen.put("F" + i + ".java", "class F" + i + " {}");
        SERVERS.api(db).post("/api/modules", Api.module("t", sixteen)).assertOk();
        SERVERS.api(db)
                .post("/api/modules", Api.module("t", Map.of("A.java", "x".repeat(64 * 1024))))
                .assertOk();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void badTitlesAndIdentifiersAre400(Db db) {
        Api api = SERVERS.api(db);
        api.post("/api/modules", Api.module("", Map.of("A.java", "x"))).assertError(400);
        api.post("/api/modules", Api.module("a\nb", Map.of("A.java", "x"))).assertError(400);
        api.post("/api/modules", Api.module("t".repeat(121), Map.of("A.java", "x")))
                .assertError(400);
        api.post("/api/modules", Api.module("t", Map.of("A.java", "x")).put("lesson", "../x"))
                .assertError(400);
        api.post("/api/modules", Api.module("t", Map.of("A.java", "x")).put("placement", "a b"))
                .assertError(400);
        api.post("/api/builds", Api.build(Map.of("A.java", "x")).put("lesson", "99-none"))
                .assertError(400);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void unknownIdsAndRoutesAre404And405(Db db) {
        Api api = SERVERS.api(db);
        for (String path : new String[] {
            "/api/modules/zzzzzzzzzzzz",
            "/api/builds/zzzzzzzzzzzzzzzz",
            "/api/builds/zzzzzzzzzzzzzzzz/image",
            "/api/builds/short",
            "/api/lessons/nope",
            "/m/zzzzzzzzzzzz",
            "/api/nothing"
        }) {
            api.get(path).assertError(404);
        }
        api.send(HttpRequest.newBuilder(api.uri("/api/modules")).DELETE()).assertError(405);
        assertEquals(
                405,
                api.send(HttpRequest.newBuilder(api.uri("/api/lessons")).POST(HttpRequest.BodyPublishers.noBody()))
                        .status());
    }
}
