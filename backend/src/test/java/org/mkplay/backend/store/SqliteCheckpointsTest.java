package org.mkplay.backend.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's checkpoints run off the writers' path: no connection of the pool checkpoints by itself (a commit never
 * pays for one), and the background checkpoint copies the whole WAL back into the database file.
 */
class SqliteCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void commitsNeverCheckpointAndTheBackgroundCheckpointCopiesTheWholeWal() throws Exception {
        Path file = dir.resolve("wal.db");
        try (Database db = Database.sqlite(file)) {
            try (Connection c = db.connection();
                    ResultSet r = c.createStatement().executeQuery("PRAGMA wal_autocheckpoint")) {
                r.next();
                assertEquals(0, r.getInt(1), "no commit checkpoints");
            }
            String body = "y".repeat(4000);
            for (int i = 0; i < 600; i++) insert(db, "id" + i, body); // ~600 pages: the WAL grows
            long wal = Files.size(Path.of(file + "-wal"));
            assertTrue(wal > 1_000_000, "the commits left their pages in the WAL: " + wal);

            try (SqliteCheckpoints checkpoints = new SqliteCheckpoints(db.dataSource())) {
                checkpoints.checkpoint();
            }
            try (Connection c = db.connection();
                    ResultSet r = c.createStatement().executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                r.next();
                assertEquals(0, r.getInt(1), "not blocked");
                assertEquals(r.getInt(2), r.getInt(3), "every frame of the WAL is in the database file");
            }
            assertTrue(Files.size(file) > 1_000_000, "the rows are in the database file");
        }
    }

    private static void insert(Database db, String id, String body) throws SQLException {
        db.write(c -> {
            try (var insert = c.prepareStatement("INSERT INTO modules (id, body, created_at) VALUES (?, ?, 0)")) {
                insert.setString(1, id);
                insert.setString(2, body);
                return insert.executeUpdate();
            }
        });
    }
}
