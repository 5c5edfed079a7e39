package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.testkit.PostgresServer;

/** {@code mkplay bench server} with small counts (the CI run of the load benchmark), on SQLite and PostgreSQL. */
class ServerBenchCommandTest {
    /** phase, requests, req/s, p50, p95, p99. */
    private static final Pattern ROW = Pattern.compile(
            "(?m)^ *(save|load|warm-up: save \\(not below\\)|warm-up: load \\(not below\\)|build, fresh, all at once \\(queued\\)|build, cached, all at once|build, fresh, one at a time)"
                    + " +(\\d+) +(\\d+\\.\\d) +(\\d+\\.\\d) +(\\d+\\.\\d) +(\\d+\\.\\d)$");

    static final int WARM_UP = 40;

    private static void assertFigures(CliHarness.Result r, int saves, int builds, int singleBuilds) {
        assertEquals(0, r.status(), r.stderr() + r.out());
        Matcher row = ROW.matcher(r.out());
        int rows = 0;
        while (row.find()) {
            int requests = Integer.parseInt(row.group(2));
            String phase = row.group(1);
            assertEquals(
                    phase.endsWith("one at a time")
                            ? singleBuilds
                            : phase.startsWith("build") ? builds : phase.startsWith("warm-up") ? WARM_UP : saves,
                    requests,
                    r.out());
            assertTrue(Double.parseDouble(row.group(4)) <= Double.parseDouble(row.group(6)), "p50 <= p99: " + r.out());
            rows++;
        }
        assertEquals(7, rows, r.out());
        assertTrue(
                r.out()
                        .contains("modules saved: " + (saves + WARM_UP) + " distinct ids (" + WARM_UP
                                + " of them in the warm-up), lost or altered: 0; error answers: 0"),
                r.out());
        assertTrue(r.out().contains("builds/s at saturation: "), r.out());
        assertTrue(r.out().contains("fresh build latency, one at a time: p50 "), r.out());
    }

    @Test
    void smallRunOnItsOwnSqliteServerLosesNothing() {
        assertFigures(
                CliHarness.run(
                        "bench",
                        "server",
                        "--clients",
                        "8",
                        "--warm-up",
                        "" + WARM_UP,
                        "--saves",
                        "300",
                        "--builds",
                        "3",
                        "--single-builds",
                        "2"),
                300,
                3,
                2);
    }

    @Test
    void smallRunOnPostgresqlLosesNothing() {
        String db = PostgresServer.shared().newDatabase() + "?user=" + PostgresServer.USER;
        assertFigures(
                CliHarness.run(
                        "bench",
                        "server",
                        "--db",
                        db,
                        "--clients",
                        "8",
                        "--warm-up",
                        "" + WARM_UP,
                        "--saves",
                        "300",
                        "--builds",
                        "2",
                        "--single-builds",
                        "1"),
                300,
                2,
                1);
    }

    @Test
    void badCountsAreUsageErrors() {
        assertEquals(2, CliHarness.run("bench", "server", "--clients", "0").status());
        assertEquals(
                2, CliHarness.run("bench", "server", "--single-builds", "-1").status());
    }
}
