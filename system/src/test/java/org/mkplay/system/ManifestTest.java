package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manifest parsing: the default system's manifest, and bad manifests, each refused naming the line and the field. */
class ManifestTest {
    static String defaultManifest() throws Exception {
        try (InputStream in = ManifestTest.class.getResourceAsStream("/org/mkplay/system/default/system.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String error(String text) {
        return assertThrows(ManifestException.class, () -> Manifest.parse(text, "bad.json"))
                .getMessage();
    }

    static final String ECHO =
            "{ \"name\": \"echo\", \"sources\": [\"Echo.java\"], \"priority\": 5, \"serves\": true }";

    @Test
    void theDefaultSystemParses() throws Exception {
        Manifest m = Manifest.parse(defaultManifest(), "system.json");
        assertEquals(
                List.of("supervisor", "names", "console", "echo", "files", "shell", "kv"),
                m.programs().stream().map(Manifest.Program::name).toList());
        assertEquals(0, m.roleIndex("supervisor"));
        assertEquals(14, m.programs().get(0).priority());
        assertEquals("user", m.programs().get(3).placement(), "placement defaults to user");
        assertEquals(List.of("uart"), m.programs().get(2).devices());
        assertTrue(m.programs().get(5).input());
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        String e = error("{\n  \"programs\": [\n    { \"name\": \"echo\" \"priority\": 1 }\n  ]\n}\n");
        assertTrue(e.startsWith("bad.json:3:"), e);
    }

    @Test
    void anUnknownFieldNamesItsLineAndName() {
        String e = error("{ \"programs\": [\n" + ECHO
                + ",\n { \"name\": \"b\", \"sources\": [\"B.java\"], \"priority\": 1, \"prio\": 2 }\n] }");
        assertTrue(e.startsWith("bad.json:3:"), e);
        assertTrue(e.contains("programs[1].prio") && e.contains("Unrecognized field \"prio\""), e);
    }

    @Test
    void aMissingPriorityIsAnError() {
        String e = error("{ \"programs\": [\n { \"name\": \"b\", \"sources\": [\"B.java\"] }\n] }");
        assertTrue(e.startsWith("bad.json:2:") && e.contains("priority"), e);
    }

    @Test
    void aPriorityOutOfRangeNamesItsLine() {
        String e = error("{ \"programs\": [\n" + ECHO
                + ",\n {\n  \"name\": \"b\",\n  \"sources\": [\"B.java\"],\n  \"priority\": 16\n }\n] }");
        assertEquals("bad.json:6: programs[1].priority: must be 0..15, not 16", e);
    }

    @Test
    void usingAnUnknownProgramNamesTheEntry() {
        String e = error(
                "{ \"programs\": [\n" + ECHO
                        + ",\n { \"name\": \"b\", \"sources\": [\"B.java\"], \"priority\": 1,\n   \"uses\": [\"echo\",\n \"nosuch\"] }\n] }");
        assertEquals("bad.json:5: programs[1].uses[1]: no program named 'nosuch'", e);
    }

    @Test
    void usingAProgramThatServesNothingIsAnError() {
        String e = error("{ \"programs\": [\n { \"name\": \"a\", \"sources\": [\"A.java\"], \"priority\": 1 },\n"
                + " { \"name\": \"b\", \"sources\": [\"B.java\"], \"priority\": 1, \"uses\": [\"a\"] }\n] }");
        assertEquals("bad.json:3: programs[1].uses[0]: 'a' serves no endpoint", e);
    }

    @Test
    void kernelPlacementIsAcceptedForAServerAndRefusedClearlyForAnythingElse() throws Exception {
        Manifest m = Manifest.parse(
                "{ \"programs\": [ { \"name\": \"a\", \"sources\": [\"A.java\"], \"priority\": 1,"
                        + " \"serves\": true, \"placement\": \"kernel\" } ] }",
                "ok.json");
        assertEquals("kernel", m.programs().get(0).placement());
        assertEquals(List.of(true), Placements.MANIFEST.resolve(m));
        assertEquals(List.of(false), Placements.USER.resolve(m));
        String e = error(
                "{ \"programs\": [\n { \"name\": \"a\", \"sources\": [\"A.java\"], \"priority\": 1,\n \"placement\": \"kernel\" }\n] }");
        assertEquals(
                "bad.json:3: programs[0].placement: 'a' cannot run in the kernel: it serves no endpoint (only a"
                        + " server's handler can be called from the kernel)",
                e);
        e = error(
                "{ \"programs\": [\n { \"name\": \"c\", \"sources\": [\"C.java\"], \"priority\": 1, \"serves\": true,\n"
                        + " \"role\": \"console\", \"devices\": [\"uart\"], \"placement\": \"kernel\" }\n] }");
        assertTrue(e.startsWith("bad.json:3: programs[0].placement: 'c' cannot run in the kernel: a driver maps"), e);
        e = error("{ \"programs\": [\n { \"name\": \"a\", \"sources\": [\"A.java\"], \"priority\": 1,\n"
                + " \"placement\": \"monolith\" }\n] }");
        assertEquals("bad.json:3: programs[0].placement: 'monolith' is not user or kernel", e);
    }

    /** The presets on the default manifest: kernel places every server that can be, mixed the storage servers. */
    @Test
    void placementPresetsOnTheDefaultSystem() throws Exception {
        Manifest m = Manifest.parse(
                new String(
                        ManifestTest.class
                                .getResourceAsStream("/org/mkplay/system/default/system.json")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8),
                "system.json");
        // supervisor, names, console, echo, files, shell, kv
        assertEquals(List.of(false, false, false, false, false, false, false), Placements.MANIFEST.resolve(m));
        assertEquals(List.of(false, true, false, true, true, false, true), Placements.KERNEL.resolve(m));
        assertEquals(List.of(false, false, false, false, true, false, true), Placements.MIXED.resolve(m));
        assertEquals(
                List.of(false, false, false, true, false, false, false),
                Placements.of(java.util.Map.of("echo", "kernel")).resolve(m));
        ManifestException e = org.junit.jupiter.api.Assertions.assertThrows(
                ManifestException.class,
                () -> Placements.of(java.util.Map.of("supervisor", "kernel")).resolve(m));
        assertEquals(
                "placement: supervisor cannot run in the kernel: the supervisor must survive the faults it handles",
                e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(
                ManifestException.class,
                () -> Placements.of(java.util.Map.of("nosuch", "kernel")).resolve(m));
        assertEquals("placement: no program named 'nosuch'", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Placements.preset("x"));
    }

    @Test
    void namesRolesDevicesAndSourcesAreChecked() {
        assertEquals(
                "bad.json:2: programs[1].name: a second program named 'echo'",
                error("{ \"programs\": [\n" + ECHO + ",\n" + ECHO + "\n] }").replace("bad.json:3", "bad.json:2"));
        assertTrue(error("{ \"programs\": [ { \"name\": \"Echo\", \"sources\": [\"E.java\"], \"priority\": 1 } ] }")
                .contains("programs[0].name: 'Echo' is not a name"));
        assertTrue(error(
                        "{ \"programs\": [ { \"name\": \"e\", \"sources\": [\"E.java\"], \"priority\": 1, \"role\": \"boss\" } ] }")
                .contains("programs[0].role: 'boss' is not a role"));
        assertTrue(error(
                        "{ \"programs\": [ { \"name\": \"e\", \"sources\": [\"E.java\"], \"priority\": 1, \"serves\": true,"
                                + " \"devices\": [\"disk\"] } ] }")
                .contains("programs[0].devices[0]: 'disk' is not a device"));
        assertTrue(error("{ \"programs\": [ { \"name\": \"e\", \"priority\": 1 } ] }")
                .contains("give either \"sources\" or \"elf\""));
        assertTrue(error("{ \"programs\": [ { \"name\": \"e\", \"sources\": [\"E.txt\"], \"priority\": 1 } ] }")
                .contains("programs[0].sources[0]: not a .java file"));
        assertTrue(error("{ \"programs\": [] }").contains("at least one program"));
        assertTrue(error(
                        "{ \"programs\": [ { \"name\": \"e\", \"sources\": [\"E.java\"], \"priority\": 1, \"role\": \"names\" } ] }")
                .contains("programs[0].serves: a names program must serve its endpoint"));
    }

    @Test
    void sharedPagesAreCheckedAndNumberedByFirstMention() throws Exception {
        String pages = "{ \"programs\": [ { \"name\": \"e\", \"sources\": [\"E.java\"], \"priority\": 1, \"pages\": ";
        assertTrue(error(pages + "[\"Data\"] } ] }").contains("programs[0].pages[0]: 'Data' is not a name"));
        assertTrue(error(pages + "[\"a\", \"a\"] } ] }").contains("programs[0].pages[1]: 'a' is named twice"));
        assertTrue(error(pages + "[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"] } ] }")
                .contains("programs[0].pages: at most 5 pages"));
        Manifest m = Manifest.parse(
                "{ \"programs\": [ { \"name\": \"a\", \"sources\": [\"A.java\"], \"priority\": 1, \"pages\": [\"x\", \"y\"] },"
                        + " { \"name\": \"b\", \"sources\": [\"B.java\"], \"priority\": 1, \"pages\": [\"y\"] } ] }",
                "ok.json");
        assertEquals(java.util.List.of("x", "y"), m.pageNames());
        assertTrue(
                SystemImageTest.has(
                        SystemImage.grants(m, 1),
                        org.mkplay.kernel.UserImages.KIND_PAGE,
                        SystemImage.PAGES,
                        1,
                        org.mkplay.vmmagic.Abi.RIGHT_READ | org.mkplay.vmmagic.Abi.RIGHT_WRITE,
                        0),
                "b's first page is page y, the system's page 1, in slot 11");
    }
}
