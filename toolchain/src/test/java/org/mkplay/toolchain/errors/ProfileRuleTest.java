package org.mkplay.toolchain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.toolchain.errors.Rows.assertRefused;
import static org.mkplay.toolchain.errors.Rows.error;
import static org.mkplay.toolchain.errors.Rows.row;
import static org.mkplay.toolchain.errors.Rows.source;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;

/**
 * The profile rule (docs/design.md §3): only kernel code may reference org.mkplay.vmmagic. In the user (and the
 * standalone) profile every kind of reference — call, constructor, field, type test, array, signature — is
 * an error naming the file and line of the reference.
 */
class ProfileRuleTest {
    /** Host-side stand-ins for the intrinsics, enough for javac to resolve the references. */
    private static final String ADDRESS = source(
            "package org.mkplay.vmmagic;",
            "public final class Address {",
            "  public static int pageSize = 4096;",
            "  public static Address fromLong(long v) { return new Address(); }",
            "  public long loadLong() { return 0; }",
            "}");

    private static final String OUTSIDE = " outside the kernel profile";

    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "static intrinsic call",
                        "intrinsic org.mkplay.vmmagic.Address.fromLong" + OUTSIDE,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    System.out.println(org.mkplay.vmmagic.Address.fromLong(0x1000) != null);",
                        "  }",
                        "}"),
                row(
                        "constructor",
                        "intrinsic org.mkplay.vmmagic.Address.<init>" + OUTSIDE,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Object o = new org.mkplay.vmmagic.Address();",
                        "  }",
                        "}"),
                row(
                        "static field",
                        "org.mkplay.vmmagic.Address" + OUTSIDE,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    System.out.println(org.mkplay.vmmagic.Address.pageSize);",
                        "  }",
                        "}"),
                row(
                        "instanceof",
                        "org.mkplay.vmmagic.Address" + OUTSIDE,
                        4,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Object o = args;",
                        "    if (o instanceof org.mkplay.vmmagic.Address) System.out.println(1);",
                        "  }",
                        "}"),
                row(
                        "array of intrinsic type",
                        "org.mkplay.vmmagic.Address" + OUTSIDE,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    Object o = new org.mkplay.vmmagic.Address[args.length];",
                        "  }",
                        "}"),
                row(
                        "signature (the refused call keeps the method unreached)",
                        "org.mkplay.vmmagic.Address" + OUTSIDE,
                        3,
                        "public class Main {",
                        "  public static void main(String[] args) {",
                        "    use(null);",
                        "  }",
                        "  static void use(org.mkplay.vmmagic.Address a) { System.out.println(a == null); }",
                        "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void userProfileRefusesEveryReferenceToVmmagic(String name, String source, String expected) {
        assertRefused(name, expected, compile(Profile.USER, Map.of("Main.java", source)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void standaloneProfileRefusesThemToo(String name, String source, String expected) {
        assertEquals(
                expected,
                compile(Profile.STANDALONE, Map.of("Main.java", source)).formattedDiagnostics(),
                name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void kernelProfileDoesNotApplyTheRule(String name, String source, String expected) {
        String d = compile(Profile.KERNEL, Map.of("Main.java", source)).formattedDiagnostics();
        assertFalse(d.contains(OUTSIDE), name + ":\n" + d);
    }

    @Test
    void theErrorNamesTheFileThatHoldsTheReference() {
        String driver = source(
                "public class Driver {",
                "  static long peek(long at) {",
                "    return org.mkplay.vmmagic.Address.fromLong(at).loadLong();",
                "  }",
                "}");
        String main = source(
                "public class Main {",
                "  public static void main(String[] args) { System.out.println(Driver.peek(8)); }",
                "}");
        CompileResult r = compile(Profile.USER, Map.of("Main.java", main, "Driver.java", driver));
        assertEquals(
                error("Driver.java", 3, "intrinsic org.mkplay.vmmagic.Address.fromLong" + OUTSIDE)
                        + error("Driver.java", 3, "intrinsic org.mkplay.vmmagic.Address.loadLong" + OUTSIDE),
                r.formattedDiagnostics());
    }

    @Test
    void userCodeWithoutIntrinsicsCompiles() {
        CompileResult r = compile(
                Profile.USER,
                Map.of(
                        "Main.java",
                        source(
                                "public class Main { public static void main(String[] args) { System.out.println(args.length); } }")));
        assertTrue(r.ok(), r.formattedDiagnostics());
    }

    private static CompileResult compile(Profile profile, Map<String, String> sources) {
        Map<String, String> all = new java.util.HashMap<>(sources);
        all.put("Address.java", ADDRESS);
        return Compiler.compile(CompileRequest.ofSources(all, "Main", profile));
    }
}
