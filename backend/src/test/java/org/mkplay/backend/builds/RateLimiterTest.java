package org.mkplay.backend.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void burstThenOneEveryPeriodPerClient() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(6, 2, now::get); // one every 10 s
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"), "clients are independent");
        now.addAndGet(4_000_000_000L);
        assertEquals(6, limiter.acquire("a"));
        now.addAndGet(6_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
    }
}
