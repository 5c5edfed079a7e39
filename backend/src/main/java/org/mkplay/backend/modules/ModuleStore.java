package org.mkplay.backend.modules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.store.StoreFailure;

/** Saved modules in the {@code modules} table: insert-only rows keyed by {@link ModuleId}. */
public final class ModuleStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    public ModuleStore(Database db) {
        this.db = db;
    }

    /** Saves a validated module and returns its id; saving the same module again changes nothing. */
    public String save(Module module) {
        String body = canonical(module);
        String id = ModuleId.of(body);
        try {
            return db.write(c -> insert(c, id, body));
        } catch (SQLException e) {
            throw new StoreFailure("cannot save module " + id, e);
        }
    }

    private static String insert(Connection c, String id, String body) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO modules (id, body, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, id);
            insert.setString(2, body);
            insert.setLong(3, System.currentTimeMillis());
            if (insert.executeUpdate() == 0 && !body.equals(loadBody(c, id).orElse(body))) {
                // Same 72-bit id, different content: refuse rather than hand out a link to someone else's module.
                throw new StoreFailure("module id collision on " + id);
            }
            return id;
        }
    }

    /** The module's canonical JSON, every byte as saved (what {@code GET /api/modules/{id}} answers). */
    public Optional<String> loadJson(String id) {
        try (Connection c = db.connection()) {
            return loadBody(c, id);
        } catch (SQLException e) {
            throw new StoreFailure("cannot load module " + id, e);
        }
    }

    public Optional<Module> load(String id) {
        try (Connection c = db.connection()) {
            return loadBody(c, id).map(ModuleStore::parse);
        } catch (SQLException e) {
            throw new StoreFailure("cannot load module " + id, e);
        }
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

    private static Module parse(String body) {
        try {
            return JSON.readValue(body, Module.class);
        } catch (JsonProcessingException e) {
            throw new StoreFailure("stored module is not readable JSON", e);
        }
    }
}
