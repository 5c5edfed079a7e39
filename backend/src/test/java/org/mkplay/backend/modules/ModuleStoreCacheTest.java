package org.mkplay.backend.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.store.ImmutableCache;
import org.mkplay.backend.store.StoreFailure;
import org.mkplay.backend.testkit.Db;

/**
 * The modules kept in memory, on SQLite and PostgreSQL: a load answers the bytes stored, from memory once saved or
 * loaded (the row gone from under it, it still answers; a store that never saw the module reads the database); a save
 * of a module in memory writes nothing (the table gone, it still answers its id, while a new module fails); the memory
 * holds no more than its bound.
 */
class ModuleStoreCacheTest {
    @TempDir
    Path scratch;

    private static Module module(String title, String content) {
        return Module.validated(new Module(title, null, null, List.of(new SourceFile("A.java", content))));
    }

    private static void sql(Database db, String statement) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aLoadAnswersTheStoredBytesFromMemoryOnceSavedOrLoaded(Db kind) throws Exception {
        try (Database db = kind.open(scratch)) {
            ModuleStore saving = new ModuleStore(db), other = new ModuleStore(db);
            Module m = module("caf\u00e9 \u2603", "class A { String s = \"\\\"q\\\" \\\\ \u00e9\"; }\n");
            String id = saving.save(m);
            byte[] canonical = ModuleStore.canonical(m).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(canonical, saving.loadJson(id).orElseThrow(), "the bytes as saved");
            assertArrayEquals(canonical, other.loadJson(id).orElseThrow(), "read from the database, then kept");

            sql(db, "DELETE FROM modules WHERE id = '" + id + "'");
            assertArrayEquals(canonical, saving.loadJson(id).orElseThrow(), "the saving store answers from memory");
            assertArrayEquals(canonical, other.loadJson(id).orElseThrow(), "so does the one that loaded it");
            assertEquals(m, saving.load(id).orElseThrow());
            assertEquals(
                    Optional.empty(), new ModuleStore(db).loadJson(id), "a store that never saw it reads the table");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aSaveOfAModuleInMemoryWritesNothing(Db kind) throws Exception {
        try (Database db = kind.open(scratch)) {
            ModuleStore store = new ModuleStore(db);
            Module m = module("t", "class A {}");
            String id = store.save(m);
            sql(db, "ALTER TABLE modules RENAME TO modules_away");
            try {
                assertEquals(id, store.save(m), "answered without touching the table");
                assertEquals(id, store.save(module("t", "class A {}")), "an equal module, built again");
                assertThrows(StoreFailure.class, () -> store.save(module("t", "class B {}")), "a new one must write");
            } finally {
                sql(db, "ALTER TABLE modules_away RENAME TO modules");
            }
            String b = store.save(module("t", "class B {}"));
            assertArrayEquals(
                    ModuleStore.canonical(module("t", "class B {}")).getBytes(StandardCharsets.UTF_8),
                    new ModuleStore(db).loadJson(b).orElseThrow());
        }
    }

    @Test
    void theMemoryHoldsNoMoreThanItsBound() throws Exception {
        try (Database db = Database.sqlite(scratch.resolve("bound.db"))) {
            ImmutableCache<byte[]> recent = ImmutableCache.ofBytes(64 * 1024);
            ModuleStore store = new ModuleStore(db, recent);
            String filler = "x".repeat(1000);
            for (int i = 0; i < 500; i++) store.save(module("m" + i, "class A { /* " + filler + " */ }"));
            assertTrue(recent.size() <= 64, "about 1 KB each, 64 KiB: " + recent.size() + " kept");
            assertTrue(recent.size() > 0);
        }
    }
}
