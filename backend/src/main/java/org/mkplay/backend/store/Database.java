package org.mkplay.backend.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The backend's one database: embedded SQLite (a file under the data directory, nothing to install) or
 * PostgreSQL (several backends share one). A HikariCP pool in front, the schema brought up to date by
 * Flyway's migrations under {@code db/migration} at start. Both dialects run the same SQL: the migrations
 * differ only in the {@code ${binary}} placeholder, the stores use standard SQL plus
 * {@code INSERT ... ON CONFLICT DO NOTHING}, which both understand.
 */
public final class Database implements AutoCloseable {
    /** Where {@code mkplay serve} keeps SQLite when neither --db nor {@value #URL_ENV} says otherwise. */
    public static final String DEFAULT_FILE = "data/mkplay.db";
    /** Environment variable naming the JDBC URL (what --db overrides). */
    public static final String URL_ENV = "MKPLAY_DB";
    /** Environment variables for PostgreSQL credentials, when the URL does not carry them. */
    public static final String USER_ENV = "MKPLAY_DB_USER", PASSWORD_ENV = "MKPLAY_DB_PASSWORD";

    public enum Kind {
        SQLITE,
        POSTGRESQL
    }

    /** Work on a connection: a statement or two, in auto-commit. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Kind kind;
    private final HikariDataSource pool;
    /** SQLite only (null for PostgreSQL): its writes, in group commits, and its checkpoints, off the writers' path. */
    private final SqliteWriter sqliteWriter;

    private final SqliteCheckpoints sqliteCheckpoints;

    private Database(Kind kind, HikariDataSource pool) {
        this.kind = kind;
        this.pool = pool;
        this.sqliteWriter = kind == Kind.SQLITE ? new SqliteWriter(pool) : null;
        this.sqliteCheckpoints = kind == Kind.SQLITE ? new SqliteCheckpoints(pool) : null;
    }

    /** Opens {@code jdbcUrl} ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}) and migrates it. */
    public static Database open(String jdbcUrl, String user, String password) {
        Kind kind = kindOf(jdbcUrl);
        if (kind == Kind.SQLITE) {
            createParentFolder(jdbcUrl.substring("jdbc:sqlite:".length()));
        }
        HikariDataSource pool = new HikariDataSource(poolConfig(kind, jdbcUrl, user, password));
        try {
            migrate(kind, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(kind, pool);
    }

    /** SQLite in {@code file} (its folder is created). */
    public static Database sqlite(Path file) {
        return open("jdbc:sqlite:" + file, null, null);
    }

    public static Kind kindOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:") && jdbcUrl.length() > "jdbc:sqlite:".length()) {
            return Kind.SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (want jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB): "
                        + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A pooled connection for reading (and for writing on PostgreSQL; use {@link #write} for writes). */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Runs {@code work}, which writes, and returns once it is committed: on PostgreSQL on a pooled connection in
     * auto-commit, on SQLite in a group commit ({@link SqliteWriter}). Work that throws
     * changes nothing.
     */
    public <T> T write(SqlWork<T> work) throws SQLException {
        if (sqliteWriter != null) return sqliteWriter.write(work);
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        }
    }

    @Override
    public void close() {
        try {
            if (sqliteCheckpoints != null) sqliteCheckpoints.close();
        } finally {
            pool.close();
        }
    }

    private static HikariConfig poolConfig(Kind kind, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("mkplay-db");
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        if (kind == Kind.SQLITE) {
            // One writer at a time is SQLite's rule; WAL lets readers run beside it, and the busy timeout makes
            // a writer wait for the lock instead of failing with SQLITE_BUSY under concurrent saves.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            // NORMAL is safe with WAL: a commit is durable against a crash of the process, not of the OS (SQLite's
            // docs); the fsyncs come at checkpoints, which SqliteCheckpoints runs off the writers' path.
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("wal_autocheckpoint", "0");
            config.setMaximumPoolSize(4);
        } else {
            config.setMaximumPoolSize(16);
        }
        config.setConnectionTimeout(10_000);
        return config;
    }

    private static void migrate(Kind kind, DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary", kind == Kind.SQLITE ? "BLOB" : "BYTEA"))
                .load()
                .migrate();
    }

    private static void createParentFolder(String file) {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }
}
