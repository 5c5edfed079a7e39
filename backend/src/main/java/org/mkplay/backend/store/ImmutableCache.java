package org.mkplay.backend.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.ToIntFunction;

/**
 * Rows that never change once written, kept in memory by id: the bytes a client gets for a saved module or a cached
 * build's answer. Their ids are hashes of their content and rows are never updated or deleted, so a copy can never be
 * stale, on this instance or beside others on one PostgreSQL (another instance can add rows, not change one). Bounded
 * by bytes (Caffeine's size-based eviction, frequency and recency); a miss goes to the database as before.
 *
 * <p>Invariant: a value is only ever put under the id of the row it was written as or read from.
 */
public final class ImmutableCache<V> {
    /** What a store keeps by default: some 20,000 modules of 3 KB, or a hundred build answers with their listings. */
    public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

    private final Cache<String, V> entries;

    /** At most about {@code maxBytes}, each value weighing {@code bytes} of it. */
    public ImmutableCache(long maxBytes, ToIntFunction<V> bytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String id, V value) -> id.length() + bytes.applyAsInt(value))
                .build();
    }

    /** Byte arrays, weighed by their length. */
    public static ImmutableCache<byte[]> ofBytes(long maxBytes) {
        return new ImmutableCache<>(maxBytes, b -> b.length);
    }

    /** Strings, weighed by their length in chars (a byte each for the ASCII of JSON, in the JVM's compact strings). */
    public static ImmutableCache<String> ofStrings(long maxBytes) {
        return new ImmutableCache<>(maxBytes, String::length);
    }

    /** The bytes stored under {@code id}, or null when they are not in memory (the database may still have them). */
    public V get(String id) {
        return entries.getIfPresent(id);
    }

    /** Keeps {@code value}, which the database holds under {@code id}. */
    public void put(String id, V value) {
        entries.put(id, value);
    }

    /** Entries held now (after pending evictions): for tests and diagnostics. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
