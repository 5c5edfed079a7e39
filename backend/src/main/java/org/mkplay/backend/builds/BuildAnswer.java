package org.mkplay.backend.builds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mkplay.backend.store.StoreFailure;

/**
 * A build's answer as the client gets it: the {@link BuildResult} serialised once, when the build finished (what the
 * cache stores), and whether this answer came from the cache. A 200-line program's answer is some 650 KB of JSON (its
 * listing); parsing and re-serialising it for every cached request cost more than the rest of the request together, so
 * a cached answer is the stored text with only its last field, {@code "cached"}, turned to true.
 *
 * <p>Invariant: {@code stored} is a {@link BuildResult} with {@code cached} false, serialised in component order, so it
 * ends with {@link #FRESH_TAIL}.
 */
public record BuildAnswer(String id, String stored, boolean cached) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FRESH_TAIL = "\"cached\":false}", CACHED_TAIL = "\"cached\":true}";

    public BuildAnswer {
        if (!stored.endsWith(FRESH_TAIL)) {
            throw new StoreFailure("stored build " + id + " is not a build answer");
        }
    }

    /** A finished build's answer (not from the cache). */
    static BuildAnswer fresh(BuildResult result) {
        if (result.cached()) throw new IllegalArgumentException("a fresh answer has cached false");
        try {
            return new BuildAnswer(result.id(), JSON.writeValueAsString(result), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a build result of strings and numbers always serialises", e);
        }
    }

    /** The same answer, from the cache. */
    BuildAnswer asCached() {
        return new BuildAnswer(id, stored, true);
    }

    /** The JSON body of the answer. */
    public String body() {
        return cached ? stored.substring(0, stored.length() - FRESH_TAIL.length()) + CACHED_TAIL : stored;
    }

    /** The answer as a record (parsed: for the few callers that look inside, not for serving it). */
    public BuildResult result() {
        try {
            BuildResult r = JSON.readValue(stored, BuildResult.class);
            return cached ? r.asCached() : r;
        } catch (JsonProcessingException e) {
            throw new StoreFailure("stored build " + id + " is not readable JSON", e);
        }
    }
}
