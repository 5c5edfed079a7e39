package org.mkplay.backend.modules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.store.ImmutableCache;
import org.mkplay.backend.store.StoreFailure;

/**
 * Saved modules in the {@code modules} table: insert-only rows keyed by {@link ModuleId}, and the ones saved or
 * loaded lately in memory ({@link ImmutableCache}: a row never changes, so the copy is the row). A load found there
 * reads no database; so does a save of a module found there (the same id is the same bytes: nothing to write).
 */
public final class ModuleStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final ImmutableCache<byte[]> recent;

    public ModuleStore(Database db) {
        this(db, ImmutableCache.ofBytes(ImmutableCache.DEFAULT_BYTES));
    }

    public ModuleStore(Database db, ImmutableCache<byte[]> recent) {
        this.db = db;
        this.recent = recent;
    }

    /** Saves a validated module and returns its id; saving the same module again changes nothing. */
    public String save(Module module) {
        String body = canonical(module);
        String id = ModuleId.of(body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] known = recent.get(id);
        if (known != null) {
            if (!Arrays.equals(known, bytes)) throw collision(id);
            return id; // stored already, byte for byte
        }
        try {
            db.write(c -> insert(c, id, body));
        } catch (SQLException e) {
            throw new StoreFailure("cannot save module " + id, e);
        }
        recent.put(id, bytes);
        return id;
    }

    private static StoreFailure collision(String id) {
        // Same 72-bit id, different content: refuse rather than hand out a link to someone else's module.
        return new StoreFailure("module id collision on " + id);
    }

    private static String insert(Connection c, String id, String body) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO modules (id, body, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, id);
            insert.setString(2, body);
            insert.setLong(3, System.currentTimeMillis());
            if (insert.executeUpdate() == 0 && !body.equals(loadBody(c, id).orElse(body))) throw collision(id);
            return id;
        }
    }

    /**
     * The module's canonical JSON in UTF-8, every byte as saved (what {@code GET /api/modules/{id}} answers): from
     * memory when saved or loaded lately, otherwise from the database (and then kept).
     */
    public Optional<byte[]> loadJson(String id) {
        byte[] known = recent.get(id);
        if (known != null) return Optional.of(known);
        Optional<byte[]> stored;
        try (Connection c = db.connection()) {
            stored = loadBody(c, id).map(body -> body.getBytes(StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new StoreFailure("cannot load module " + id, e);
        }
        stored.ifPresent(bytes -> recent.put(id, bytes));
        return stored;
    }

    public Optional<Module> load(String id) {
        return loadJson(id).map(ModuleStore::parse);
    }

    /** The JSON the id is computed from: fields in record order, files sorted by name (done by validation). */
    static String canonical(Module module) {
        try {
            return JSON.writeValueAsString(module);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a module of strings always serialises", e);
        }
    }

    private static Optional<String> loadBody(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT body FROM modules WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static Module parse(byte[] body) {
        try {
            return JSON.readValue(body, Module.class);
        } catch (java.io.IOException e) {
            throw new StoreFailure("stored module is not readable JSON", e);
        }
    }
}
