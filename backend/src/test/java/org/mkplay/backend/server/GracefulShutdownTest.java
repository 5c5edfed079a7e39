package org.mkplay.backend.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.testkit.Api;
import org.mkplay.backend.testkit.TestServers;

/** Stopping the server while a build runs: the build finishes and its client gets the answer. */
class GracefulShutdownTest {
    @TempDir
    Path dir;

    @Test
    void inFlightBuildFinishesBeforeTheServerStops() throws Exception {
        WebServer server = TestServers.start(
                Database.sqlite(dir.resolve("db")), BuildSettings.defaults().withRate(0, 0));
        Api api = new Api(server.port());
        String source = "public class Late { public static void main(String[] a) { System.out.println(\"late\"); } }";
        // the first build starts a worker JVM: seconds, so the stop below lands while it runs
        CompletableFuture<Api.Answer> build = CompletableFuture.supplyAsync(() -> api.build("Late.java", source));
        for (int i = 0; i < 600 && server.services().builds().inFlight() == 0; i++) Thread.sleep(50);
        assertTrue(
                server.services().builds().inFlight() == 1 && !build.isDone(),
                "the build is running when the server is asked to stop");
        server.close();
        Api.Answer answer = build.get(60, TimeUnit.SECONDS);
        assertTrue(answer.assertOk().get("ok").asBoolean(), answer.text());
    }
}
