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

    @Test
    void otherUrlsAreRefusedWithoutEchoingAPassword() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Database.open("jdbc:mysql://h/db?password=secret", null, null));
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    }
}
