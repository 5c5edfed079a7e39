package org.mkplay.backend.builds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.store.ImmutableCache;
import org.mkplay.backend.store.StoreFailure;

/**
 * The build cache in the {@code builds} table: the answer as JSON and the image bytes, keyed by build id; the answers
 * stored or found lately also in memory ({@link ImmutableCache}: a row never changes), so that a cached build reads no
 * database.
 */
public final class BuildStore {
    private final Database db;
    private final ImmutableCache<String> recent;

    public BuildStore(Database db) {
        this(db, ImmutableCache.ofStrings(ImmutableCache.DEFAULT_BYTES));
    }

    public BuildStore(Database db, ImmutableCache<String> recent) {
        this.db = db;
        this.recent = recent;
    }

    /**
     * Stores a finished build; a second store of the same id (another instance was faster) changes nothing, and then
     * the row's answer (with that instance's compile time), not this one, is what later finds answer.
     */
    public void save(BuildAnswer answer, byte[] image) {
        int inserted;
        try {
            inserted = db.write(c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO builds (id, result, image, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                    insert.setString(1, answer.id());
                    insert.setString(2, answer.stored());
                    insert.setBytes(3, image);
                    insert.setLong(4, System.currentTimeMillis());
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreFailure("cannot save build " + answer.id(), e);
        }
        if (inserted == 1) recent.put(answer.id(), answer.stored());
    }

    /** The stored answer, as stored: not parsed (see {@link BuildAnswer}); from memory when stored or found lately. */
    public Optional<BuildAnswer> find(String id) {
        String known = recent.get(id);
        Optional<String> stored =
                known != null ? Optional.of(known) : query("SELECT result FROM builds WHERE id = ?", id);
        if (known == null) stored.ifPresent(json -> recent.put(id, json));
        return stored.map(json -> new BuildAnswer(id, json, true));
    }

    public Optional<byte[]> image(String id) {
        try (Connection c = db.connection();
                PreparedStatement select =
                        c.prepareStatement("SELECT image FROM builds WHERE id = ? AND image IS NOT NULL")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot load the image of build " + id, e);
        }
    }

    private Optional<String> query(String sql, String id) {
        try (Connection c = db.connection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot load build " + id, e);
        }
    }
}
