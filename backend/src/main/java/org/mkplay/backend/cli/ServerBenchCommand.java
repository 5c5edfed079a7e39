package org.mkplay.backend.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.loadtest.ServerLoad;
import org.mkplay.backend.server.Services;
import org.mkplay.backend.server.WebServer;
import org.mkplay.backend.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mkplay bench server}: the HTTP load benchmark (see {@link ServerLoad}). */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Load the server over HTTP: concurrent clients save and load modules, then request builds.",
            "Without --url it starts its own server on a free port (temporary SQLite, or --db; no build rate limit)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:figures printed, nothing lost",
            "1:a module was lost or altered, or a request failed",
            "2:unusable arguments"
        })
final class ServerBenchCommand implements Callable<Integer> {
    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--url", paramLabel = "URL", description = "A running server to load instead of starting one.")
    URI url;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = "Database of the server this command starts (default: temporary SQLite).")
    String db;

    @Option(
            names = "--clients",
            defaultValue = "50",
            paramLabel = "N",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--warm-up",
            defaultValue = "1000",
            paramLabel = "N",
            description = "Modules saved and loaded back first, on a row of their own, not in the save and load"
                    + " figures (default: ${DEFAULT-VALUE}; 0 measures a cold server).")
    int warmUp;

    @Option(
            names = "--saves",
            defaultValue = "10000",
            paramLabel = "N",
            description = "Modules saved, each loaded back (default: ${DEFAULT-VALUE}).")
    int saves;

    @Option(
            names = "--builds",
            defaultValue = "40",
            paramLabel = "N",
            description = "Distinct builds of a 200-line program requested at once (saturation),"
                    + " then the same again (cached) (default: ${DEFAULT-VALUE}).")
    int builds;

    @Option(
            names = "--single-builds",
            defaultValue = "20",
            paramLabel = "N",
            description =
                    "Further distinct builds, requested one after the other (latency) (default: ${DEFAULT-VALUE}).")
    int singleBuilds;

    @Option(
            names = "--build-workers",
            paramLabel = "N",
            description = "Build workers of the server this command starts (default: the server's).")
    Integer buildWorkers;

    @Override
    public Integer call() throws Exception {
        PrintStream err = bench.main().io().err();
        if (clients < 1 || warmUp < 0 || saves < 0 || builds < 0 || singleBuilds < 0) {
            err.println("mkplay bench server: --clients must be at least 1, --warm-up, --saves, --builds and"
                    + " --single-builds at least 0");
            return BenchCommand.UNUSABLE_ARGUMENTS;
        }
        if (url != null) {
            return report(new ServerLoad(new ServerLoad.Settings(url, clients, warmUp, saves, builds, singleBuilds)));
        }
        Path scratch = Files.createTempDirectory("mkplay-bench-server");
        Database database = db != null
                ? Database.open(db, System.getenv(Database.USER_ENV), System.getenv(Database.PASSWORD_ENV))
                : Database.sqlite(scratch.resolve("mkplay.db"));
        BuildSettings defaults = BuildSettings.defaults();
        BuildSettings settings = new BuildSettings(
                buildWorkers == null ? defaults.workers() : buildWorkers,
                Math.max(defaults.queue(), clients),
                Duration.ofSeconds(60),
                defaults.workerHeapMiB(),
                0,
                0);
        try (WebServer server =
                WebServer.start(Services.open(database, LessonCatalog.fromClasspath(), settings), "127.0.0.1", 0)) {
            return report(new ServerLoad(new ServerLoad.Settings(
                    URI.create("http://127.0.0.1:" + server.port()), clients, warmUp, saves, builds, singleBuilds)));
        } finally {
            try (var files = Files.walk(scratch)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private int report(ServerLoad load) throws InterruptedException {
        ServerLoad.Outcome outcome = load.run(bench.main().io().out());
        if (!outcome.clean()) {
            bench.main()
                    .io()
                    .err()
                    .println("mkplay bench server: " + outcome.lost() + " modules lost or altered, " + outcome.errors()
                            + " failed requests");
            return BenchCommand.FAILED;
        }
        return 0;
    }
}
