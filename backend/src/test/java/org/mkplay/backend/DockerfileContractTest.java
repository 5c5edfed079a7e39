package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.backend.cli.ServeCommand;
import org.mkplay.backend.server.WebServer;
import picocli.CommandLine;

/**
 * The container's CMD (read from the repository's Dockerfile) is a command line mkplay accepts, and a
 * server started from it answers the health check; so the Dockerfile and the CLI cannot drift apart.
 */
class DockerfileContractTest {
    private static final Path DOCKERFILE = Path.of("..", "Dockerfile");

    /** The exec-form CMD as a list of strings. */
    static List<String> cmd() throws Exception {
        String line = Files.readAllLines(DOCKERFILE).stream()
                .filter(l -> l.startsWith("CMD ["))
                .reduce((first, second) -> second) // Docker uses the last CMD
                .orElseThrow(() -> new AssertionError("no exec-form CMD in " + DOCKERFILE.toAbsolutePath()));
        JsonNode array = new ObjectMapper().readTree(line.substring("CMD ".length()));
        List<String> args = new ArrayList<>();
        array.forEach(node -> args.add(node.asText()));
        return args;
    }

    /** The arguments after {@code java -jar /app/mkplay.jar}. */
    static String[] mkplayArgs() throws Exception {
        List<String> cmd = cmd();
        assertEquals(List.of("java", "-jar", "/app/mkplay.jar"), cmd.subList(0, 3), "CMD runs the jar");
        assertTrue(Files.readString(DOCKERFILE).contains("/app/mkplay.jar\n"), "the jar is copied to /app/mkplay.jar");
        return cmd.subList(3, cmd.size()).toArray(String[]::new);
    }

    @Test
    void cmdIsServeOnAllInterfacesPort7070() throws Exception {
        String[] args = mkplayArgs();
        CommandLine.ParseResult parsed = Main.commandLine(Main.Io.system()).parseArgs(args);
        assertTrue(parsed.hasSubcommand(), Arrays.toString(args));
        ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertEquals("0.0.0.0", serve.host(), "a container must listen on all interfaces");
        assertEquals(7070, serve.port());
        assertTrue(Files.readString(DOCKERFILE).contains("EXPOSE " + serve.port()), "EXPOSE matches --port");
    }

    @Test
    void serverStartedFromTheCmdAnswersHealth() throws Exception {
        String[] args = mkplayArgs();
        // The same arguments, except any free port: 7070 may be taken on a build machine.
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port")) args[i + 1] = "0";
        }
        CommandLine.ParseResult parsed = Main.commandLine(Main.Io.system()).parseArgs(args);
        ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
        try (WebServer server = serve.startServer()) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals(
                    "ok",
                    new ObjectMapper().readTree(response.body()).get("status").asText());
        }
    }
}
