package org.mkplay.backend.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mkplay.backend.benchmarks.BenchmarkSettings;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.server.Services;
import org.mkplay.backend.server.WebServer;
import org.mkplay.backend.store.Database;

/**
 * Real servers on free ports for the API tests, one per database kind, started on first use and closed after the
 * test class: register it as a JUnit extension ({@code @RegisterExtension static final TestServers SERVERS = new
 * TestServers();}), or call {@link #close()}.
 */
public final class TestServers implements AutoCloseable, AfterAllCallback {
    private final BuildSettings builds;
    private final BenchmarkSettings benchmarks;
    private final LessonCatalog lessons;
    private final Map<Db, WebServer> servers = new EnumMap<>(Db.class);
    private final Path scratch;

    public TestServers(BuildSettings builds) {
        this(builds, BenchmarkSettings.defaults());
    }

    /** Servers with these benchmark limits (short loops keep the benchmark tests fast). */
    public TestServers(BuildSettings builds, BenchmarkSettings benchmarks) {
        this(builds, benchmarks, LessonCatalog.fromClasspath());
    }

    /** Servers with the lessons of {@code lessons} (a course written by the test) instead of the packaged one. */
    public TestServers(BuildSettings builds, LessonCatalog lessons) {
        this(builds, BenchmarkSettings.defaults(), lessons);
    }

    public TestServers(BuildSettings builds, BenchmarkSettings benchmarks, LessonCatalog lessons) {
        this.builds = builds;
        this.benchmarks = benchmarks;
        this.lessons = lessons;
        try {
            this.scratch = Files.createTempDirectory("mkplay-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds without a rate limit, otherwise the defaults. */
    public TestServers() {
        this(BuildSettings.defaults().withRate(0, 0));
    }

    public synchronized Api api(Db db) {
        return new Api(servers.computeIfAbsent(
                        db,
                        d -> WebServer.start(
                                Services.open(d.open(scratch), lessons, builds, benchmarks), "127.0.0.1", 0))
                .port());
    }

    /** A server on {@code database}; the caller closes it (which closes the database). */
    public static WebServer start(Database database, BuildSettings builds) {
        return start(database, builds, BenchmarkSettings.defaults());
    }

    public static WebServer start(Database database, BuildSettings builds, BenchmarkSettings benchmarks) {
        return WebServer.start(
                Services.open(database, LessonCatalog.fromClasspath(), builds, benchmarks), "127.0.0.1", 0);
    }

    public WebServer server(Db db) {
        api(db);
        return servers.get(db);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized void close() {
        servers.values().forEach(WebServer::close);
        servers.clear();
        try (var files = Files.walk(scratch)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
