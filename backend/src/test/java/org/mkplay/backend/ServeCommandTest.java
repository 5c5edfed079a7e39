package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.benchmarks.BenchmarkSettings;
import org.mkplay.backend.cli.ServeCommand;
import org.mkplay.backend.server.WebServer;
import org.mkplay.backend.testkit.Api;
import picocli.CommandLine;

/**
 * {@code mkplay serve}'s benchmark pool options reach the server: the limits it runs with, and an instruction budget
 * too small for a workload makes that benchmark a 422 while the server keeps serving. Unusable values are refused.
 */
class ServeCommandTest {
    private static ServeCommand parse(String... args) {
        CommandLine.ParseResult parsed = Main.commandLine(Main.Io.system()).parseArgs(args);
        return parsed.subcommand().commandSpec().commandLine().getCommand();
    }

    @Test
    void theBenchmarkPoolsLimitsAreTheOptions() throws Exception {
        Path scratch = Files.createTempDirectory("mkplay-serve");
        ServeCommand serve = parse(
                "serve",
                "--port",
                "0",
                "--db",
                "jdbc:sqlite:" + scratch.resolve("mkplay.db"),
                "--benchmark-workers",
                "2",
                "--benchmark-queue",
                "7",
                "--benchmark-budget",
                "2500000");
        try (WebServer server = serve.startServer()) {
            BenchmarkSettings settings = server.services().benchmarks().settings();
            assertEquals(2, settings.workers());
            assertEquals(7, settings.queue());
            assertEquals(2_500_000L, settings.budget());
            Api api = new Api(server.port());
            // the default system boots in about 1.3 M instructions; a full file_read_4k run needs far more than 2.5 M
            String message = api.post(
                            "/api/benchmarks", "{\"workloads\": [\"file_read_4k\"], \"placements\": [\"user\"]}")
                    .assertError(422);
            assertTrue(message.contains("within 2500000 instructions"), message);
            api.get("/api/health").assertOk();
        }
    }

    @Test
    void theDefaultsAreOneWorkerFourWaitingAndTwoBillionInstructions() {
        ServeCommand serve = parse("serve");
        assertEquals(BenchmarkSettings.defaults(), serve.benchmarkSettings());
    }

    @Test
    void unusableBenchmarkLimitsAreUsageErrors() {
        assertEquals(2, CliHarness.run("serve", "--benchmark-workers", "0").status());
        assertEquals(2, CliHarness.run("serve", "--benchmark-queue", "-1").status());
        CliHarness.Result r = CliHarness.run("serve", "--benchmark-budget", "0");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("--benchmark-budget must be at least 1"), r.stderr());
    }
}
