package org.mkplay.backend.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.testkit.Db;

/**
 * Build answers kept in memory, on SQLite and PostgreSQL: found from memory once stored or found (the row gone from
 * under it, it still answers), and what memory holds is the row's answer: when another instance stored the same id
 * first (with its own compile time), a store finds that one, not its own.
 */
class BuildStoreCacheTest {
    @TempDir
    Path scratch;

    private static BuildAnswer answer(String id, long compileMillis) {
        return new BuildAnswer(
                id, "{\"id\":\"" + id + "\",\"compile_ms\":" + compileMillis + ",\"cached\":false}", false);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void answersComeFromMemoryAndAreTheRowsAnswers(Db kind) throws Exception {
        try (Database db = kind.open(scratch)) {
            BuildStore first = new BuildStore(db), second = new BuildStore(db);
            first.save(answer("AAAAAAAAAAAAAAAA", 11), new byte[] {1, 2, 3});
            second.save(answer("AAAAAAAAAAAAAAAA", 22), new byte[] {1, 2, 3}); // a second instance, a little later
            assertEquals(
                    answer("AAAAAAAAAAAAAAAA", 11).stored(),
                    second.find("AAAAAAAAAAAAAAAA").orElseThrow().stored());
            assertTrue(second.find("AAAAAAAAAAAAAAAA").orElseThrow().cached());

            try (Connection c = db.connection();
                    Statement s = c.createStatement()) {
                s.execute("DELETE FROM builds");
            }
            assertEquals(
                    answer("AAAAAAAAAAAAAAAA", 11).stored(),
                    first.find("AAAAAAAAAAAAAAAA").orElseThrow().stored(),
                    "from memory");
            assertEquals(
                    answer("AAAAAAAAAAAAAAAA", 11).stored(),
                    second.find("AAAAAAAAAAAAAAAA").orElseThrow().stored(),
                    "kept when found");
            assertEquals(
                    Optional.empty(),
                    new BuildStore(db).find("AAAAAAAAAAAAAAAA"),
                    "a store that never saw it reads the table");
        }
    }
}
