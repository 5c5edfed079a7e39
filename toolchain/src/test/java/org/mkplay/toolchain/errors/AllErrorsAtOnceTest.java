package org.mkplay.toolchain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mkplay.toolchain.errors.Rows.error;
import static org.mkplay.toolchain.errors.Rows.source;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Diagnostic;

/** One compile reports every error of every reachable method, sorted by file then line. */
class AllErrorsAtOnceTest {
    /** Methods are reached in the order main, late, early: the report must still follow the source. */
    private static final String MAIN = source(
            "public class Main {",
            "  public static void main(String[] args) {",
            "    late();",
            "    early();",
            "    Object o = new java.util.BitSet();",
            "  }",
            "  static void early() {",
            "    String s = \"x\".intern();",
            "    synchronized (Main.class) {",
            "      System.out.println(1);",
            "    }",
            "  }",
            "  static void late() {",
            "    long n = Math.round(1.5);",
            "    Helper.help();",
            "  }",
            "}");

    private static final String HELPER =
            source("class Helper {", "  static void help() {", "    Number boxed = 42; boxed.intValue();", "  }", "}");

    @Test
    void everyErrorInOneFileIsReportedSortedByLine() {
        CompileResult r = Compiler.compile(CompileRequest.ofSources(Map.of("Main.java", MAIN, "Helper.java", HELPER)));
        assertFalse(r.ok());
        assertEquals(
                error("Helper.java", 3, "class java.lang.Number")
                        + error("Main.java", 5, "class java.util.BitSet")
                        + error("Main.java", 8, "method java.lang.String.intern")
                        + error("Main.java", 9, "class literal (reflection)")
                        + error("Main.java", 9, "synchronized block")
                        + error("Main.java", 14, "floating point (float/double)"),
                r.formattedDiagnostics());
    }

    @Test
    void javacErrorsOfSeveralFilesAreAllReportedSorted() {
        Map<String, String> sources = Map.of(
                "Zeta.java", source("class Zeta {", "  int a = \"text\";", "  String b = 1;", "}"),
                "Alpha.java", source("class Alpha {", "  void f() {", "    undefined();", "  }", "}"),
                "Main.java",
                        source("public class Main {", "  public static void main(String[] args) { int x = y; }", "}"));
        CompileResult r = Compiler.compile(CompileRequest.ofSources(sources));
        List<String> places =
                r.diagnostics().stream().map(d -> d.file() + ":" + d.line()).toList();
        assertEquals(
                List.of("Alpha.java:3", "Main.java:2", "Zeta.java:2", "Zeta.java:3"), places, r.formattedDiagnostics());
        for (Diagnostic d : r.diagnostics()) assertFalse(d.message().isBlank(), d.toString());
    }
}
