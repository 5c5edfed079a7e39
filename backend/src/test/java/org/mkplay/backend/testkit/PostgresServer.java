package org.mkplay.backend.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL (Debian's binaries) for the tests: a cluster made by {@code initdb} in a temporary folder,
 * started by {@code pg_ctl} on a free port of 127.0.0.1, stopped and deleted when the test JVM exits. One
 * server per JVM; each test class takes a fresh database from {@link #newDatabase()}. PostgreSQL refuses to
 * run as root, so as root the cluster belongs to the {@code postgres} system user the package creates. No
 * PostgreSQL is an error naming the fix (scripts/install-deps), never a skipped test.
 */
public final class PostgresServer {
    public static final String USER = "mkplay";
    private static final String SYSTEM_USER = "postgres";
    private static PostgresServer shared;

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean asRoot;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path folder, int port, boolean asRoot) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The JVM's server, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
        }
        return shared;
    }

    /** A new empty database; its JDBC URL (user {@value #USER}, no password: trust on loopback). */
    public String newDatabase() {
        String name = "mkplay_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgresServer start() {
        Path bin = findBin();
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("mkplay-pg");
            int port = freePort();
            PostgresServer server = new PostgresServer(bin, folder, port, asRoot);
            if (asRoot) run(List.of("chown", SYSTEM_USER + ":", folder.toString()), false, folder);
            server.pg(List.of(
                    "initdb",
                    "-D",
                    folder.resolve("data").toString(),
                    "-U",
                    USER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync"));
            server.pg(List.of(
                    "pg_ctl",
                    "-D",
                    folder.resolve("data").toString(),
                    "-l",
                    folder.resolve("log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"
                            + " -c fsync=off -c synchronous_commit=off -c max_connections=200",
                    "start"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL from " + bin, e);
        }
    }

    private void stop() {
        try {
            pg(List.of("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        } catch (RuntimeException | IOException e) {
            System.err.println("PostgresServer: stop failed: " + e.getMessage());
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("PostgresServer: cannot delete " + folder + ": " + e.getMessage());
        }
    }

    /** Runs a PostgreSQL program, as the postgres user when we are root. */
    private void pg(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        full.add(bin.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        run(full, true, folder);
    }

    private static void run(List<String> command, boolean quiet, Path folder) throws IOException {
        Path log = Files.createTempFile("mkplay-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(
                        "failed (status " + p.exitValue() + "): " + command + "\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** $MKPLAY_PG_BIN, else the newest /usr/lib/postgresql/N/bin holding initdb. */
    private static Path findBin() {
        String configured = System.getenv("MKPLAY_PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> versionOf(b.getParent())));
                if (found.isPresent()) return found.get();
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + root, e);
            }
        }
        throw new IllegalStateException(
                "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin:"
                        + " run scripts/install-deps as root (installs Debian's postgresql) or set MKPLAY_PG_BIN");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
