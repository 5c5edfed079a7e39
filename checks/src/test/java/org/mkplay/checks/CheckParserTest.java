package org.mkplay.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckParserTest {
    @Test
    void everyFormParsesToItsFact() throws Exception {
        List<Check> checks = CheckParser.parse("""
            # the echo lesson
            console contains "mk$ "
            console line "echo: \\"hi\\"\\n"

            ipc Client -> Server
            ipc Client -> Server label 7 at least 3 times
            reply Server -> any label 0x8
            notify Uart -> Console at least 2 times
            interrupt -> Reader at least 2 times
            fault Crasher cause 3
            restart Echo at least 1 times
            exit HelloA status 0
            round-trip Client -> Server at most 2500 instructions
            panic
            not fault Server
            """);
        assertEquals(
                List.of(
                        new Fact.ConsoleContains("mk$ "),
                        new Fact.ConsoleLine("echo: \"hi\"\n"),
                        new Fact.Ipc("Client", "Server", null, 1),
                        new Fact.Ipc("Client", "Server", 7L, 3),
                        new Fact.Reply("Server", "any", 8L, 1),
                        new Fact.Notify("Uart", "Console", 2),
                        new Fact.Interrupt("Reader", 2),
                        new Fact.Fault("Crasher", 3, 1),
                        new Fact.Restart("Echo", 1),
                        new Fact.Exit("HelloA", 0L),
                        new Fact.RoundTrip("Client", "Server", 2500),
                        new Fact.Panic(),
                        new Fact.Not(new Fact.Fault("Server", null, 1))),
                checks.stream().map(Check::fact).toList());
        assertEquals(
                List.of(2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                checks.stream().map(Check::line).toList());
        assertEquals("ipc Client -> Server", checks.get(2).source());
    }

    @Test
    void mistakesAreReportedWithTheLineAndWhatWasExpected() {
        assertError(
                "checks line 2: unknown check \"ipcc\" (known: console, ipc, reply, notify, interrupt, fault, "
                        + "restart, exit, round-trip, panic, not)",
                "panic\nipcc A -> B");
        assertError("checks line 1: expected '->', found \"B\"", "ipc A B");
        assertError("checks line 1: expected a process name at the end of the line", "ipc A ->");
        assertError("checks line 1: expected a number, found \"seven\"", "ipc A -> B label seven");
        assertError("checks line 1: a quoted text is not closed", "console contains \"mk$");
        assertError("checks line 1: expected a quoted text, found \"mk$\"", "console contains mk$");
        assertError("checks line 1: expected 'contains' or 'line' after 'console', found \"has\"", "console has \"x\"");
        assertError("checks line 1: unexpected \"again\" after the check", "panic again");
        assertError("checks line 1: a count must be at least 1, got 0", "fault A at least 0 times");
        assertError("checks line 1: expected 'instructions' at the end of the line", "round-trip A -> B at most 5");
        assertError("checks line 1: expected a process name, found \"9lives\"", "restart 9lives");
    }

    /** The page's TeaVM build has no Long.parseUnsignedLong: Words.parseHex must read every number the same way. */
    @Test
    void hexadecimalNumbersReadAsParseUnsignedLongReadsThem() throws Exception {
        for (String digits : List.of(
                "0",
                "8",
                "+8",
                "ff",
                "FF",
                "0000000000000000001",
                "7fffffffffffffff",
                "8000000000000000",
                "ffffffffffffffff",
                "DeadBeef")) {
            assertEquals(Long.parseUnsignedLong(digits, 16), Words.parseHex(digits), digits);
        }
        for (String digits : List.of("", "+", "-1", "g", "10000000000000000", "1_0", "0x1")) {
            assertThrows(NumberFormatException.class, () -> Long.parseUnsignedLong(digits, 16), digits);
            assertThrows(NumberFormatException.class, () -> Words.parseHex(digits), digits);
        }
        assertEquals(
                new Fact.Exit("A", -1L),
                CheckParser.parse("exit A status 0xffffffffffffffff").get(0).fact());
        assertError("checks line 1: expected a number, found \"0x1g\"", "exit A status 0x1g");
    }

    /** Words.lines stands in for split("\n", -1) (TeaVM's split needs its regex engine). */
    @Test
    void linesAreWhatSplitGives() {
        for (String text : List.of("", "\n", "\n\n", "a", "a\n", "\na", "a\nb", "a\n\nb\n\n", "a\r\nb")) {
            assertEquals(List.of(text.split("\n", -1)), Words.lines(text), text);
        }
    }

    private static void assertError(String message, String text) {
        CheckSyntaxException e = assertThrows(CheckSyntaxException.class, () -> CheckParser.parse(text));
        assertEquals(message, e.getMessage());
    }
}
