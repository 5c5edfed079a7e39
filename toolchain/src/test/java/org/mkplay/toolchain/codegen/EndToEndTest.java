package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.testkit.NeedsHostTools;

/** Programs compiled by us and run on QEMU must print exactly what the JVM prints and exit the same way. */
@NeedsHostTools
class EndToEndTest {
    static String resource(String name) throws Exception {
        try (InputStream in = EndToEndTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hello() throws Exception {
        String out = Differential.assertSame("""
            public class Main {
                public static void main(String[] args) {
                    System.out.println("Hello, mkplay!");
                    System.out.println(42);
                }
            }
            """);
        assertEquals("Hello, mkplay!\n42\n", out);
    }

    /** Where a program's output must hold its landmark: at the start, anywhere, or at the end. */
    enum Where {
        START,
        ANYWHERE,
        END;

        boolean holds(String out, String landmark) {
            return switch (this) {
                case START -> out.startsWith(landmark);
                case ANYWHERE -> out.contains(landmark);
                case END -> out.endsWith(landmark);
            };
        }
    }

    /**
     * The programs under src/test/resources (.java.txt), each run on the JVM and on QEMU with the same output,
     * and a landmark of that output, so that a program that stopped early cannot pass:
     * <ul>
     *   <li>Arithmetic: wrap-around, shifts, division corner cases, narrowing, long math, switches, concat,
     *       System.exit(3).
     *   <li>Objects: classes, abstract classes, interfaces with default methods, clinit order, arrays, strings,
     *       builders.
     *   <li>Operands: many arguments (stack-passed), deep expressions (frame-resident stack entries), many locals,
     *       dup forms.
     *   <li>Language: enums (incl. switch maps and constant bodies), Comparable, Runnable, inner/anonymous classes,
     *       clone, throw.
     *   <li>Semantics: initialisation order (interfaces, lazy classes), calls nested in arguments, recursion, string
     *       switch collisions.
     * </ul>
     */
    static Stream<Arguments> programs() {
        return Stream.of(
                arguments("Arithmetic.java.txt", Where.ANYWHERE, "-2147483648\n-2147483648\n0\n"),
                arguments("Objects.java.txt", Where.START, "Main.<clinit>\nmain starts 10 0\n"),
                arguments("Operands.java.txt", Where.ANYWHERE, "κόσμε"),
                arguments(
                        "Language.java.txt",
                        Where.END,
                        "Exception in thread \"main\" BadInput: negative: -4\n\tat Main.check(Main.java:37)\n"
                                + "\tat Main.main(Main.java:63)\n"),
                arguments(
                        "Semantics.java.txt",
                        Where.START,
                        "start cfg\ncompute Config.LIMIT\n42\nLazy init\n3\nHolder()\n5\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void program(String resource, Where where, String landmark) throws Exception {
        String out = Differential.assertSame(resource(resource));
        assertTrue(where.holds(out, landmark), () -> where + " " + landmark + " in:\n" + out);
    }

    /** A live set beyond the heap (about 112 MiB) ends with the JVM's OutOfMemoryError line. */
    @Test
    void heapExhaustionIsOutOfMemoryError() throws Exception {
        Differential.Run run = Differential.qemu(Differential.compile("""
            public class Main {
                public static void main(String[] args) {
                    int[] a = new int[10_000_000];
                    System.out.println(a.length);
                    long[] b = new long[20_000_000];
                    System.out.println(b.length);
                }
            }
            """).elf());
        assertEquals(
                "10000000\nException in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n", run.output());
        assertEquals(1, run.exit());
    }

    /**
     * The same with ten million small objects (the case: the report used to allocate, and the program
     * looped on faults at pc 0): the collector runs out of room, and the report allocates nothing.
     */
    @Test
    void smallObjectsBeyondTheHeapAreOutOfMemoryError() throws Exception {
        Differential.Run run = Differential.qemu(Differential.compile("""
            public class Main {
                static final class Cell { Cell next; long value; Cell(Cell next, long value) { this.next = next; this.value = value; } }
                public static void main(String[] args) {
                    Cell head = null;
                    for (long i = 0; i < 10_000_000; i++) head = new Cell(head, i);
                    System.out.println(head.value);
                }
            }
            """).elf());
        assertEquals("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n", run.output());
        assertEquals(1, run.exit());
    }

    /** Each fault prints the JVM's first line and the faulting frame, then exits with status 1. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 5, 6, 7})
    void faults(int which) throws Exception {
        String program = resource("Faults.java.txt").replaceFirst("int k = \\d+;", "int k = " + which + ";");
        String out = Differential.assertSame(program);
        assertTrue(out.contains("Exception in thread \"main\" java.lang."), out);
    }

    /** NullPointerException: the JVM's helpful message is simplified to the bare exception name. */
    @Test
    void nullPointerIsReportedWithoutHelpfulMessage() throws Exception {
        String program = resource("Faults.java.txt").replaceFirst("int k = \\d+;", "int k = 3;");
        Differential.Run run = Differential.qemu(Differential.compile(program).elf());
        assertEquals(
                "start\nException in thread \"main\" java.lang.NullPointerException\n\tat Main.main(Main.java:10)\n",
                run.output());
        assertEquals(1, run.exit());
    }
}
