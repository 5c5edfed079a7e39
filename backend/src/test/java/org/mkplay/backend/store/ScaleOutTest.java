package org.mkplay.backend.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.server.WebServer;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.PostgresServer;
import org.mkplay.backend.testkit.TestServers;

/** Two backends on one PostgreSQL database serve each other's modules and builds: all state is in the database. */
class ScaleOutTest {
    @Test
    void twoInstancesShareModulesAndBuilds() {
        String url = PostgresServer.shared().newDatabase();
        BuildSettings settings = BuildSettings.defaults().withRate(0, 0);
        try (WebServer a = TestServers.start(Database.open(url, PostgresServer.USER, null), settings);
                WebServer b = TestServers.start(Database.open(url, PostgresServer.USER, null), settings)) {
            Api apiA = new Api(a.port());
            Api apiB = new Api(b.port());
            String id = apiA.saveModule("shared", Map.of("S.java", "class S {}"));
            assertEquals(
                    "class S {}",
                    apiB.get("/api/modules/" + id)
                            .assertOk()
                            .get("files")
                            .get(0)
                            .get("content")
                            .asText());
            assertEquals(200, apiB.get("/m/" + id).status());
            assertEquals(id, apiB.saveModule("shared", Map.of("S.java", "class S {}")));

            String hello = "public class H { public static void main(String[] a) { System.out.println(\"h\"); } }";
            JsonNode built = apiA.built("H.java", hello);
            String buildId = built.get("id").asText();
            JsonNode onB = apiB.built("H.java", hello);
            assertEquals(buildId, onB.get("id").asText());
            assertTrue(onB.get("cached").asBoolean(), "B serves A's build from the shared cache");
            assertEquals(
                    built.get("listing"),
                    apiB.get("/api/builds/" + buildId).assertOk().get("listing"));
            assertArrayEquals(
                    apiA.get("/api/builds/" + buildId + "/image").body(),
                    apiB.get("/api/builds/" + buildId + "/image").body());
        }
    }
}
