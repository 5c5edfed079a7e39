package org.mkplay.backend.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mkplay.backend.builds.LessonSystem;
import org.mkplay.backend.lessons.LessonFolder;
import org.mkplay.system.Manifest;

/**
 * The system a module's benchmark builds when its lesson's system has no benchmark client (none of the course's has:
 * a lesson's system is what its text and checks are about). The lesson's programs keep their places, their sources
 * and their capabilities, and the benchmark adds, after them, what the default system's benchmark client stands on:
 *
 * <ul>
 *   <li>a supervisor, a name service and a console, each unless the lesson has a program with that role (the default
 *       system's Supervisor.java and ConsoleServer.java; as the name service its {@code BenchNames.java}, which
 *       extends its {@code NameServer.java} by one answer: a name nobody registered is found among the serving
 *       programs by manifest name, so a lesson's server that registers no name, as lesson 3's echo, is still found);
 *   <li>the client, {@value #CLIENT}: the default system's shell with {@code Bench.java}, the only program reading
 *       input (the benchmark types its command there), at priority {@value #CLIENT_PRIORITY}, below the lesson's
 *       programs, so that they have run to their first wait before its prompt; it uses the roles and every lesson
 *       program a workload calls ({@link ModuleSystems#SERVERS}).
 * </ul>
 *
 * The result is a {@link LessonSystem} like the lesson's (the learner's files, then the lesson's {@code system/},
 * then the default system's sources), so the build service builds and caches it as any
 * other; its manifest differs from the lesson's, so its builds are its own.
 */
final class BenchmarkSystem {
    static final String CLIENT = "bench", SUPERVISOR = "bench-super", NAMES = "bench-names", CONSOLE = "bench-console";
    static final int CLIENT_PRIORITY = 1;
    /** The name service's sources, both among the default system's (BenchNames extends NameServer). */
    static final List<String> NAME_SERVICE_SOURCES = List.of("BenchNames.java", "NameServer.java");

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchmarkSystem() {}

    /** {@code lesson}'s system with the benchmark's client added; {@code servers}: the lesson programs it calls. */
    static LessonSystem of(LessonFolder lesson, Manifest manifest, List<String> servers) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(lesson.manifest());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lesson's manifest is checked when the course is read", e);
        }
        ArrayNode programs = (ArrayNode) root.get("programs");
        for (JsonNode p : programs) ((ObjectNode) p).remove("input"); // the benchmark types to its client alone
        String names = role(manifest, "names"), console = role(manifest, "console");
        String supervisor = role(manifest, "supervisor");
        if (names == null) {
            names = NAMES;
            programs.add(program(NAMES, 12, NAME_SERVICE_SOURCES).put("role", "names"));
        }
        if (console == null) {
            console = CONSOLE;
            ObjectNode c = program(CONSOLE, 11, List.of("ConsoleServer.java")).put("role", "console");
            c.putArray("uses").add(names);
            c.putArray("devices").add("uart");
            programs.add(c);
        }
        if (supervisor == null) {
            supervisor = SUPERVISOR;
            ObjectNode s = program(SUPERVISOR, 14, List.of("Supervisor.java")).put("role", "supervisor");
            s.putArray("uses").add(names).add(console);
            programs.add(s);
        }
        ObjectNode client = JSON.createObjectNode().put("name", CLIENT);
        client.putArray("sources").add("Shell.java").add(ModuleSystems.CLIENT_SOURCE);
        client.put("priority", CLIENT_PRIORITY).put("input", true);
        ArrayNode uses = client.putArray("uses").add(names).add(console).add(supervisor);
        servers.forEach(uses::add);
        programs.add(client);
        return new LessonSystem(
                root.toPrettyString(),
                lesson.where() + "/" + LessonFolder.MANIFEST + " with the benchmark's client",
                lesson.where() + "/system/",
                lesson.system());
    }

    private static ObjectNode program(String name, int priority, List<String> sources) {
        ObjectNode p = JSON.createObjectNode().put("name", name);
        sources.forEach(p.putArray("sources")::add);
        return p.put("priority", priority).put("serves", true);
    }

    private static String role(Manifest manifest, String role) {
        int k = manifest.roleIndex(role);
        return k < 0 ? null : manifest.programs().get(k).name();
    }
}
