package org.mkplay.backend.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request log's duration: milliseconds to one decimal, rounded, as String.format("%.1f") wrote them. */
class RequestLogTest {
    @Test
    void millisecondsToOneDecimal() {
        for (float millis : new float[] {0f, 0.04f, 0.05f, 0.96f, 1f, 12.34f, 12.35f, 99.99f, 1234.56f, 60_000.4f}) {
            assertEquals(
                    String.format(java.util.Locale.ROOT, "%.1f", (double) millis),
                    WebServer.tenths(millis),
                    "" + millis);
        }
    }
}
