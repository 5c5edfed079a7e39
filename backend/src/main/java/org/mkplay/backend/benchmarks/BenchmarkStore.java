package org.mkplay.backend.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.mkplay.backend.store.Database;
import org.mkplay.backend.store.StoreFailure;

/** Benchmark figures in the {@code benchmarks} table, the answer as JSON keyed by benchmark id. */
public final class BenchmarkStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    public BenchmarkStore(Database db) {
        this.db = db;
    }

    /** Stores a finished benchmark; a second store of the same id (another instance was faster) changes nothing. */
    public void save(BenchmarkResult result) {
        try {
            String json = JSON.writeValueAsString(result);
            db.write(c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO benchmarks (id, result, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                    insert.setString(1, result.id());
                    insert.setString(2, json);
                    insert.setLong(3, System.currentTimeMillis());
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreFailure("cannot save benchmark " + result.id(), e);
        }
    }

    public Optional<BenchmarkResult> find(String id) {
        try (Connection c = db.connection();
                PreparedStatement select = c.prepareStatement("SELECT result FROM benchmarks WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(parse(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot load benchmark " + id, e);
        }
    }

    private static BenchmarkResult parse(String json) {
        try {
            return JSON.readValue(json, BenchmarkResult.class);
        } catch (JsonProcessingException e) {
            throw new StoreFailure("stored benchmark is not readable JSON", e);
        }
    }
}
