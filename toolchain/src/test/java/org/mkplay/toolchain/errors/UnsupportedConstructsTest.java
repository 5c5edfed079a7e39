package org.mkplay.toolchain.errors;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mkplay.toolchain.errors.Rows.assertRefused;
import static org.mkplay.toolchain.errors.Rows.row;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;

/**
 * Each construct outside the supported subset, in a program that is otherwise fine, yields exactly the
 * expected {@code Main.java:LINE: error: <construct> is not supported} diagnostics and no image.
 * Sources are given as lines (see {@link Rows}) so the expected line numbers can be read off the table.
 */
class UnsupportedConstructsTest {
    private static final String FP = "floating point (float/double)";

    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "float local",
                        FP,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    float f = args.length; if (f > 1) System.out.println(1);",
                        "  }",
                        "}"),
                row(
                        "double parameter (the refused call keeps the callee unreached)",
                        FP,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    System.out.println(half(2));",
                        "  }",
                        "  static int half(double x) { return (int) (x / 2); }",
                        "}"),
                row(
                        "float return type",
                        FP,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    f();",
                        "  }",
                        "  static float f() { return 1; }",
                        "}"),
                row(
                        "double static field",
                        FP,
                        4,
                        "public class Main {",
                        "  static double d;",
                        "  public static void main(String[] args) {",
                        "    if (d == 0) System.out.println(0);",
                        "  }",
                        "}"),
                row(
                        "double array",
                        FP,
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    int n = 3;",
                        "    Object a = new double[n];",
                        "  }",
                        "}"),
                row(
                        "java.lang.Math with doubles",
                        FP,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    long r = Math.round(Math.sqrt(args.length));",
                        "  }",
                        "}"),
                row(
                        "synchronized block",
                        "synchronized block",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Object lock = args;",
                        "    synchronized (lock) { System.out.println(1); }",
                        "  }",
                        "}"),
                row(
                        "synchronized method",
                        "synchronized method work",
                        5,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    work();",
                        "  }",
                        "  static synchronized void work() { System.out.println(1); }",
                        "}"),
                row(
                        "threads",
                        "class java.lang.Thread",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Thread.yield();",
                        "  }",
                        "}"),
                row(
                        "Object.wait (monitors)",
                        "method java.lang.Object.wait",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) throws Exception {",
                        "    Object o = new Object();",
                        "    o.wait();",
                        "  }",
                        "}"),
                row(
                        "printStackTrace (there is no System.err)",
                        "method java.lang.IllegalStateException.printStackTrace",
                        6,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    try {",
                        "      System.out.println(args[0]);",
                        "    } catch (IllegalStateException e) {",
                        "      e.printStackTrace();",
                        "    }",
                        "  }",
                        "}"),
                row(
                        "getStackTrace (there is no StackTraceElement)",
                        "method java.lang.Exception.getStackTrace",
                        5,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    try {",
                        "      System.out.println(args[0]);",
                        "    } catch (Exception e) { System.out.println(e.getStackTrace().length); }",
                        "  }",
                        "}"),
                row(
                        "class literal",
                        "class literal (reflection)",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Object c = Main.class;",
                        "  }",
                        "}"),
                row(
                        "getClass (reflection)",
                        "method java.lang.Object.getClass",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Object o = args;",
                        "    Object c = o.getClass();",
                        "  }",
                        "}"),
                row(
                        "floating point in a lambda body (at the body's line)",
                        "floating point (float/double)",
                        5,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    java.util.function.IntUnaryOperator half = x ->",
                        "",
                        "        (int) (x * 0.5);",
                        "    System.out.println(half.applyAsInt(args.length));",
                        "  }",
                        "}"),
                row(
                        "method reference to a member the library lacks (at the reference)",
                        "method java.lang.String.intern",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    java.util.function.UnaryOperator<String> f = String::intern;",
                        "    System.out.println(f.apply(\"x\"));",
                        "  }",
                        "}"),
                row(
                        "streams",
                        "method java.util.List.stream",
                        4,
                        "class java.util.stream.Stream",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    java.util.List<String> names = java.util.List.of(\"a\", \"b\");",
                        "    System.out.println(names.stream().count());",
                        "  }",
                        "}"),
                row(
                        "a JDK class the library lacks (Number)",
                        "class java.lang.Number",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Number n = args.length;",
                        "    System.out.println(n.intValue());",
                        "  }",
                        "}"),
                row(
                        "java.util collection not in the library",
                        "class java.util.BitSet",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    java.util.BitSet bits = new java.util.BitSet();",
                        "  }",
                        "}"),
                row(
                        "java.util interface not in the library",
                        "class java.util.ListIterator",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    java.util.ListIterator<String> it = null;",
                        "    System.out.println(it.hasPrevious());",
                        "  }",
                        "}"),
                row(
                        "String member not in the library",
                        "method java.lang.String.intern",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    String s = \"x\".intern();",
                        "  }",
                        "}"),
                row(
                        "System.err",
                        "field java.lang.System.err",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    System.err.println(1);",
                        "  }",
                        "}"),
                row(
                        "System.currentTimeMillis",
                        "method java.lang.System.currentTimeMillis",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    long t = System.currentTimeMillis();",
                        "  }",
                        "}"),
                row(
                        "native method (reported at the call: it has no lines)",
                        "native method peek",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    System.out.println(peek(0));",
                        "  }",
                        "  static native int peek(long address);",
                        "}"),
                row(
                        "JDK interface",
                        "class java.io.Serializable",
                        2,
                        "public class Main {",
                        "  static class P implements java.io.Serializable { }",
                        "  public static void main(String[] args) {",
                        "    System.out.println(new P() != null);",
                        "  }",
                        "}"),
                row(
                        "JDK superclass",
                        "class java.util.AbstractSequentialList",
                        2,
                        "public class Main {",
                        "  static class L extends java.util.AbstractSequentialList<String> { public java.util.ListIterator<String> listIterator(int i) { return null; } public int size() { return 0; } }",
                        "  public static void main(String[] args) {",
                        "    System.out.println(new L().size());",
                        "  }",
                        "}"),
                row(
                        "Object.clone on an object",
                        "method java.lang.Object.clone",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) throws Exception {",
                        "    System.out.println(new Main().clone() != null);",
                        "  }",
                        "}"),
                row(
                        "assert",
                        "assert statement",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    assert args.length == 0 : \"no args\";",
                        "  }",
                        "}"),
                row(
                        "enum valueOf(String) (reported at the enum)",
                        "class literal (reflection)",
                        2,
                        "method java.lang.Enum.valueOf",
                        2,
                        "public class Main {",
                        "  enum Color { RED, GREEN }",
                        "  public static void main(String[] args) {",
                        "    System.out.println(Color.valueOf(\"RED\"));",
                        "  }",
                        "}"),
                row(
                        "java.util class not in the library (Random)",
                        "class java.util.Random",
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    int[] a = new int[3];",
                        "    java.util.Random random = new java.util.Random(a.length);",
                        "  }",
                        "}"),
                row(
                        "multi-line synchronized block, reported once",
                        "synchronized block",
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    synchronized (args) {",
                        "      System.out.println(1);",
                        "      System.out.println(2);",
                        "    }",
                        "  }",
                        "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void constructIsRefusedWithFileAndLine(String name, String source, String expected) {
        CompileResult r =
                Compiler.compile(CompileRequest.ofSources(Map.of("Main.java", source), null, Profile.STANDALONE));
        assertRefused(name, expected, r);
        assertNull(r.elf());
    }
}
