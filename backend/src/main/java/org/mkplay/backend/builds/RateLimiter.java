package org.mkplay.backend.builds;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, then one every {@code 60 / perMinute} seconds.
 * Buckets that have refilled are dropped when the map grows, so many one-off clients cannot fill the heap.
 */
public final class RateLimiter {
    private static final int PRUNE_AT = 10_000;
    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }
    }

    public RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.clock = nanoClock;
    }

    /** Takes a token for {@code client}: 0 when allowed, else the whole seconds until one is free. */
    public int acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > PRUNE_AT) {
            buckets.values().removeIf(b -> b.tokens + (now - b.updated) * perNano >= burst);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (int) Math.ceil((1 - bucket.tokens) / perNano / 1e9);
        }
    }
}
