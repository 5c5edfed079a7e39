package org.mkplay.backend.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.backend.testkit.PostgresServer;

/** Opening, migrating and reopening both kinds of database. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void sqliteFileAndItsFolderAreCreatedAndMigratedOnceAcrossRestarts() throws Exception {
        Path file = dir.resolve("nested/folder/mkplay.db");
        try (Database db = Database.sqlite(file)) {
            assertEquals(Database.Kind.SQLITE, db.kind());
        }
        assertTrue(Files.exists(file));
        try (Database db = Database.sqlite(file);
                Connection c = db.connection();
                ResultSet rows = c.createStatement()
                        .executeQuery(
                                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            java.util.List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) versions.add(rows.getString(1));
            assertEquals(java.util.List.of("1", "2"), versions, "V1 and V2 applied once each");
        }
    }

    @Test
    void postgresqlIsMigratedToTheSameTables() throws Exception {
        try (Database db = Database.open(PostgresServer.shared().newDatabase(), PostgresServer.USER, null);
                Connection c = db.connection();
                ResultSet rows = c.createStatement()
                        .executeQuery(
                                "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('modules', 'builds', 'benchmarks')")) {
            assertEquals(Database.Kind.POSTGRESQL, db.kind());
            rows.next();
            assertEquals(3, rows.getInt(1));
        }
    }

    /**
     * SQLite's group commits: writes from many threads at once are all committed, and one that fails (here a second
     * insert of a key) fails alone: the writes committed with it stay.
     */
    @Test
    void concurrentSqliteWritesAreAllCommittedAndAFailingOneFailsAlone() throws Exception {
        try (Database db = Database.sqlite(dir.resolve("writes.db"))) {
            int threads = 16, each = 25;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads * each; i++) {
                String id = "id" + (i % (threads * each - 10)); // the last 10 repeat a key: they must fail
                long at = i;
                results.add(pool.submit(() -> {
                    try {
                        db.write(c -> {
                            try (var insert =
                                    c.prepareStatement("INSERT INTO modules (id, body, created_at) VALUES (?, ?, ?)")) {
                                insert.setString(1, id);
                                insert.setString(2, "{}");
                                insert.setLong(3, at);
                                return insert.executeUpdate();
                            }
                        });
                        return true;
                    } catch (java.sql.SQLException e) {
                        return false;
                    }
                }));
            }
            int failed = 0;
            for (var r : results) if (!r.get()) failed++;
            pool.shutdown();
            assertEquals(10, failed, "each repeated key fails, nothing else");
            try (Connection c = db.connection();
                    ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM modules")) {
                rows.next();
                assertEquals(threads * each - 10, rows.getInt(1));
            }
        }
    }

    @Test
    void otherUrlsAreRefusedWithoutEchoingAPassword() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Database.open("jdbc:mysql://h/db?password=secret", null, null));
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    }
}
