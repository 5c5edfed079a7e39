package org.mkplay.backend.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mkplay.backend.Main;
import org.mkplay.backend.benchmarks.BenchmarkSettings;
import org.mkplay.backend.builds.BuildSettings;
import org.mkplay.backend.lessons.LessonCatalog;
import org.mkplay.backend.server.Logs;
import org.mkplay.backend.server.Services;
import org.mkplay.backend.server.WebServer;
import org.mkplay.backend.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mkplay serve}: runs the web server until the process is asked to stop (SIGTERM, SIGINT), then
 * stops it gracefully from a shutdown hook.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the playground (web app and API).")
public final class ServeCommand implements Callable<Integer> {
    /** Loopback by default, so a developer's playground is not reachable from the network by accident. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static final int DEFAULT_PORT = 7070;

    @ParentCommand
    private Main main;

    @Option(
            names = "--port",
            defaultValue = "" + DEFAULT_PORT,
            paramLabel = "PORT",
            description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = DEFAULT_HOST,
            paramLabel = "ADDRESS",
            description =
                    "Address to bind; 0.0.0.0 for all interfaces, as in the container (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = {
                "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB (default: $" + Database.URL_ENV
                        + ", else jdbc:sqlite:" + Database.DEFAULT_FILE + ").",
                "PostgreSQL credentials come from the URL or $" + Database.USER_ENV + " and $" + Database.PASSWORD_ENV
                        + "."
            })
    String db;

    @Option(
            names = "--build-workers",
            paramLabel = "N",
            description = "Builds run at once, one worker JVM each (default: up to 4, one per core).")
    Integer buildWorkers;

    @Option(
            names = "--build-queue",
            defaultValue = "32",
            paramLabel = "N",
            description = "Builds that may wait for a worker; more are refused with 503 (default: ${DEFAULT-VALUE}).")
    int buildQueue;

    @Option(
            names = "--build-time-limit",
            defaultValue = "10",
            paramLabel = "SECONDS",
            description = "A build running longer is stopped (default: ${DEFAULT-VALUE}).")
    int buildTimeLimit;

    @Option(
            names = "--builds-per-minute",
            defaultValue = "30",
            paramLabel = "N",
            description =
                    "Builds a client (IP address) may start per minute after a burst of 10; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int buildsPerMinute;

    @Option(
            names = "--benchmark-workers",
            defaultValue = "1",
            paramLabel = "N",
            description = "System benchmarks run at once, each on a core of this JVM (default: ${DEFAULT-VALUE}).")
    int benchmarkWorkers;

    @Option(
            names = "--benchmark-queue",
            defaultValue = "4",
            paramLabel = "N",
            description =
                    "System benchmarks that may wait for a worker; more are refused with 503 (default: ${DEFAULT-VALUE}).")
    int benchmarkQueue;

    @Option(
            names = "--benchmark-budget",
            defaultValue = "2000000000",
            paramLabel = "INSTRUCTIONS",
            description = "Instructions one placement's benchmark run may retire, boot included; a run past it is"
                    + " stopped with a 422 (default: ${DEFAULT-VALUE}).")
    long benchmarkBudget;

    @Option(
            names = "--client-ip-header",
            paramLabel = "HEADER",
            description =
                    "Behind a load balancer: the header it sets to the client's address (e.g. X-Real-IP), used for the build rate limit.")
    String clientIpHeader;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            main.io().err().println("mkplay serve: --port must be between 0 and 65535, got " + port);
            return 2;
        }
        if (benchmarkWorkers < 1 || benchmarkQueue < 0 || benchmarkBudget < 1) {
            main.io()
                    .err()
                    .println("mkplay serve: --benchmark-workers and --benchmark-budget must be at least 1,"
                            + " --benchmark-queue at least 0");
            return 2;
        }
        if (!WebServer.webAppPresent()) {
            main.io()
                    .err()
                    .println("mkplay serve: the web app (classpath public/index.html) is not in this build;"
                            + " rebuild with the web module: mvn -pl backend -am package");
            return 1;
        }
        WebServer server = startServer();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            Logs.flush();
                            stopped.countDown();
                        },
                        "mkplay-shutdown"));
        main.io().out().println("mkplay serving on " + url(host, server.port()));
        main.io().out().flush();
        stopped.await();
        return 0;
    }

    /** Starts the server on the parsed options (what {@code call()} does before waiting). */
    public WebServer startServer() {
        BuildSettings defaults = BuildSettings.defaults();
        BuildSettings builds = new BuildSettings(
                buildWorkers == null ? defaults.workers() : buildWorkers,
                buildQueue,
                Duration.ofSeconds(buildTimeLimit),
                defaults.workerHeapMiB(),
                buildsPerMinute,
                defaults.burst());
        Database database =
                Database.open(databaseUrl(), System.getenv(Database.USER_ENV), System.getenv(Database.PASSWORD_ENV));
        return WebServer.start(
                Services.open(database, LessonCatalog.fromClasspath(), builds, benchmarkSettings()),
                host,
                port,
                clientIpHeader);
    }

    /** The benchmark pool's limits from the options (the loops are the command line's, mkplay bench system). */
    public BenchmarkSettings benchmarkSettings() {
        return BenchmarkSettings.defaults()
                .withPool(benchmarkWorkers, benchmarkQueue)
                .withBudget(benchmarkBudget);
    }

    /** --db, else the environment variable, else SQLite under ./data. */
    String databaseUrl() {
        if (db != null) return db;
        String fromEnvironment = System.getenv(Database.URL_ENV);
        return fromEnvironment != null && !fromEnvironment.isBlank()
                ? fromEnvironment
                : "jdbc:sqlite:" + Database.DEFAULT_FILE;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The address a browser on this machine should open. */
    static String url(String host, int port) {
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        String shown = wildcard || host.equals("127.0.0.1") ? "localhost" : host;
        return "http://" + shown + ":" + port;
    }
}
