package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mkplay check} in-process: verdict lines, exit statuses, and clear errors for a bad checks file or image. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Path image() throws Exception {
        return Files.write(dir.resolve("named.elf"), GuestImages.namedIpc());
    }

    private Path checks(String text) throws Exception {
        return Files.writeString(dir.resolve("checks"), text);
    }

    @Test
    void checksThatHoldPrintPassAndExitZero() throws Exception {
        CliHarness.Result r = CliHarness.run(
                "check",
                checks("# the lesson\nconsole line \"done\"\nipc Client -> Server label 7\nnot panic\n")
                        .toString(),
                image().toString());
        assertEquals(0, r.status(), r.stderr());
        assertEquals("""
            PASS line 2: the console has the line "done"; it has
            PASS line 3: an IPC from Client to Server with label 7; 1 matching; IPCs seen: Client to Server label 7
            PASS line 4: not: the kernel panics; no panic report on the console
            """, r.out());
    }

    @Test
    void aCheckThatFailsSaysWhatHappenedAndExitsOne() throws Exception {
        CliHarness.Result r =
                CliHarness.run("check", checks("ipc Server -> Client\n").toString(), image().toString());
        assertEquals(1, r.status());
        assertEquals("FAIL line 1: an IPC from Server to Client; none; IPCs seen: Client to Server label 7\n", r.out());
    }

    @Test
    void aMalformedChecksFileIsRefusedWithItsLine() throws Exception {
        CliHarness.Result r =
                CliHarness.run("check", checks("panic\nipc Client Server\n").toString(), image().toString());
        assertEquals(2, r.status());
        assertTrue(r.stderr().endsWith("checks: checks line 2: expected '->', found \"Server\"\n"), r.stderr());
        assertEquals("", r.out());
    }

    @Test
    void aMissingImageIsRefused() throws Exception {
        CliHarness.Result r = CliHarness.run(
                "check", checks("panic\n").toString(), dir.resolve("none.elf").toString());
        assertEquals(2, r.status());
        assertTrue(r.stderr().startsWith("mkplay check: "), r.stderr());
    }

    @Test
    void aRunThatDoesNotEndFails() throws Exception {
        Path spin = Files.write(dir.resolve("spin.elf"), GuestImages.spinForever());
        CliHarness.Result r = CliHarness.run(
                "check", "--max-instructions", "100000", checks("not panic\n").toString(), spin.toString());
        assertEquals(1, r.status());
        assertTrue(r.stderr().contains("did not end within 100000 instructions"), r.stderr());
    }

    @Test
    void aLessonsSolutionPassesItsChecksAndTheRunSaysHowItEnded() {
        CliHarness.Result r = CliHarness.run("check", "--lessons", "../lessons", "01-boot");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.out().startsWith("PASS line 2: the console has the line \"tick 1\"; it has\n"), r.out());
        assertTrue(r.out().matches("(?s).*\nrun: powered off with status 0 after \\d+ instructions\n"), r.out());
    }

    @Test
    void aLessonRunWithTheGivenFilesFailsWhereTheyFallShort() {
        CliHarness.Result r =
                CliHarness.run("check", "--lessons", "../lessons", "01-boot", "../lessons/01-boot/starter/Hello.java");
        assertEquals(1, r.status(), r.stderr());
        assertTrue(r.out().contains("FAIL line 2: the console has the line \"tick 1\"; no such line"), r.out());
    }

    @Test
    void anUnknownLessonIsRefused() {
        CliHarness.Result r = CliHarness.run("check", "--lessons", "../lessons", "99-nosuch");
        assertEquals(2, r.status());
        assertEquals("mkplay check: no lesson 99-nosuch in ../lessons\n", r.stderr());
    }

    @Test
    void filesThatDoNotCompileAreNamedWithTheirLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("Hello.java"), "class Hello {\n int x = ;\n}\n");
        CliHarness.Result r = CliHarness.run("check", "--lessons", "../lessons", "01-boot", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.stderr().startsWith("mkplay check: the given files: compile errors:\nHello.java:2:"), r.stderr());
    }
}
