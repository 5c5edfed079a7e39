package org.mkplay.backend.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.Db;
import org.mkplay.backend.testkit.TestServers;

/** The course as the API serves it from the packaged lessons/ folder, on SQLite and on PostgreSQL. */
class LessonsApiTest {
    @RegisterExtension
    static final TestServers SERVERS = new TestServers();

    @ParameterizedTest
    @EnumSource(Db.class)
    void listsTheCourseInOrder(Db db) {
        JsonNode list = SERVERS.api(db).get("/api/lessons").assertOk();
        assertTrue(list.isArray() && list.size() >= 1, list.toString());
        JsonNode first = list.get(0);
        assertEquals("01-boot", first.get("id").asText());
        assertEquals("Boot and look around", first.get("title").asText());
        assertEquals(1, first.get("order").asInt());
        assertEquals(3, first.size(), "id, title, order only: " + first);
        for (int i = 1; i < list.size(); i++) {
            assertTrue(
                    list.get(i - 1).get("order").asInt()
                            <= list.get(i).get("order").asInt(),
                    list.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void lessonHasRenderedTextStarterFilesAndNoSolution(Db db) {
        JsonNode lesson = SERVERS.api(db).get("/api/lessons/01-boot").assertOk();
        String html = lesson.get("html").asText();
        assertTrue(html.startsWith("<h1>Boot and look around</h1>"), html);
        assertTrue(html.contains("<strong>Run</strong>"), html);
        assertTrue(html.contains("<code>0x8000_0000</code>"), html);
        assertFalse(html.contains("order: 1"), "front matter is not part of the text");
        JsonNode starter = lesson.get("starter");
        assertEquals("Hello.java", starter.get(0).get("name").asText());
        assertTrue(starter.get(0).get("content").asText().contains("Hello from mkplay"));
        assertTrue(lesson.get("checks").isArray());
        assertFalse(lesson.has("solution"), lesson.toString());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void unknownLessonIs404(Db db) {
        Api api = SERVERS.api(db);
        api.get("/api/lessons/99-none").assertError(404);
        api.get("/api/lessons/..%2f..%2fetc").assertError(404);
    }
}
