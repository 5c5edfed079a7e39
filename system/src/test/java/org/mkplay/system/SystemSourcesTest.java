package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a lesson's manifest finds its sources (docs/system-images.md, Building from places): the learner's files, then
 * the lesson's system/, then the default system's; a place is one module; clashes and missing files named.
 */
class SystemSourcesTest {
    static final String LEARNER = "lessons/03-echo/solution/";
    static final String LESSON = "lessons/03-echo/system/";

    static SystemSources sources(Map<String, String> learner, Map<String, String> lesson) throws ManifestException {
        return new SystemSources(
                List.of(new SystemSources.Place(LEARNER, learner), new SystemSources.Place(LESSON, lesson)));
    }

    static Manifest.Program program(String... sources) throws ManifestException {
        String list = String.join("\", \"", sources);
        return Manifest.parse(
                        "{\"programs\": [{\"name\": \"p\", \"priority\": 1, \"sources\": [\"" + list + "\"]}]}", "x")
                .programs()
                .get(0);
    }

    @Test
    void theLearnersFileComesFirstThenTheLessonsThenTheDefaultSystems() throws Exception {
        SystemSources s = sources(Map.of("EchoServer.java", "learner echo"), Map.of("Client.java", "lesson client"));
        assertEquals("learner echo", s.find("EchoServer.java").text());
        assertEquals(0, s.find("EchoServer.java").place());
        assertEquals(1, s.find("Client.java").place());
        assertEquals(SystemSources.DEFAULTS, s.find("Supervisor.java").place());
        assertTrue(s.find("Supervisor.java").text().contains("class Supervisor"));
        assertEquals(null, s.find("Nothing.java"));
        assertEquals(null, s.find("../system.json"));
    }

    @Test
    void aProgramGetsTheRestOfThePlaceItsSourcesComeFromButNotOfTheDefaults() throws Exception {
        SystemSources s =
                sources(Map.of("EchoServer.java", "echo", "Helper.java", "helper"), Map.of("Client.java", "client"));
        assertEquals(
                Map.of("EchoServer.java", "echo", "Helper.java", "helper"),
                SystemBuilder.filesFrom(s, program("EchoServer.java"), "system.json", 0));
        assertEquals(
                List.of("Client.java", "NameServer.java"),
                List.copyOf(SystemBuilder.filesFrom(s, program("Client.java", "NameServer.java"), "system.json", 0)
                        .keySet()));
    }

    @Test
    void aMissingSourceNamesTheManifestTheProgramAndEveryPlaceLookedIn() throws Exception {
        SystemSources s = sources(Map.of("Echo.java", "echo"), Map.of("Client.java", "client"));
        ManifestException e = assertThrows(
                ManifestException.class,
                () -> SystemBuilder.filesFrom(s, program("EchoServer2.java"), "lessons/03-echo/system.json", 0));
        assertEquals(
                "lessons/03-echo/system.json: programs[0].sources[0] (p): no file EchoServer2.java in "
                        + LEARNER + " (Echo.java), " + LESSON + " (Client.java), the default system's sources"
                        + " (Supervisor.java, NameServer.java, ConsoleServer.java, EchoServer.java, FileServer.java,"
                        + " Shell.java, Bench.java, KvServer.java)",
                e.getMessage());
    }

    @Test
    void aLearnersFileNamedLikeTheLessonsOwnIsAClash() {
        ManifestException e = assertThrows(
                ManifestException.class,
                () -> sources(Map.of("Client.java", "mine"), Map.of("Client.java", "lesson's")));
        assertEquals(
                "Client.java is both in " + LEARNER + " and in " + LESSON + "; rename one of them", e.getMessage());
    }

    @Test
    void theGeneratedProgramTableCannotBeReplaced() {
        ManifestException e = assertThrows(
                ManifestException.class,
                () -> sources(Map.of("SystemPrograms.java", "class SystemPrograms {}"), Map.of()));
        assertTrue(
                e.getMessage().startsWith(LEARNER + ": SystemPrograms.java: the system builder generates"),
                e.getMessage());
    }

    @Test
    void aProgramGivenAsAnElfIsRefusedInASystemBuiltFromPlaces() throws Exception {
        ManifestException e = assertThrows(
                ManifestException.class,
                () -> SystemBuilder.build(
                        "{\"programs\": [{\"name\": \"p\", \"priority\": 1, \"elf\": \"p.elf\"}]}",
                        "lessons/x/system.json",
                        sources(Map.of(), Map.of()),
                        new byte[0]));
        assertTrue(e.getMessage().startsWith("lessons/x/system.json: programs[0].elf:"), e.getMessage());
    }
}
