package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.toolchain.errors.Rows.assertRefused;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.errors.Rows;
import org.mkplay.toolchain.front.Profile;

/**
 * What the kernel profile refuses about org.mkplay.vmmagic, each at the file and line of the construct; and
 * the user profile's rule with the real vmmagic classes on javac's classpath. Every row's Main.java starts
 * with {@code import org.mkplay.vmmagic.*;} (and the CSR numbers' static import) and {@code public class Main {}
 * on lines 1 and 2; the
 * body follows from line 3.
 */
class KernelProfileErrorsTest {
    static Stream<Arguments> kernelRows() {
        return Stream.of(
                row(
                        "CSR number from a variable",
                        "a computed CSR number in intrinsic org.mkplay.vmmagic.Csr.read (it is encoded in the instruction: use a constant)",
                        5,
                        "  public static void main(String[] args) {",
                        "    int csr = SSCRATCH;",
                        "    System.out.println(Csr.read(csr));",
                        "  }"),
                row(
                        "CSR number chosen at run time",
                        "a computed CSR number in intrinsic org.mkplay.vmmagic.Csr.write (it is encoded in the instruction: use a constant)",
                        4,
                        "  public static void main(String[] args) {",
                        "    Csr.write(args.length > 0 ? SEPC : SSCRATCH, 1);",
                        "  }"),
                row(
                        "CSR number beyond 12 bits",
                        "CSR number 4096 in intrinsic org.mkplay.vmmagic.Csr.setBits (not 0..0xfff)",
                        4,
                        "  public static void main(String[] args) {",
                        "    Csr.setBits(0x1000, 1);",
                        "  }"),
                row(
                        "array of Addresses",
                        "array of org.mkplay.vmmagic.Address",
                        4,
                        "  public static void main(String[] args) {",
                        "    Address[] table = new Address[4];",
                        "  }"),
                row(
                        "== on Addresses",
                        "== or != on Addresses (use eq/ne)",
                        5,
                        "  public static void main(String[] args) {",
                        "    Address a = Address.fromLong(8), b = Address.zero();",
                        "    if (a == b) System.out.println(1);",
                        "  }"),
                row(
                        "null test",
                        "comparing an Address with null (use isZero)",
                        5,
                        "  public static void main(String[] args) {",
                        "    Address a = Address.fromLong(args.length);",
                        "    if (a != null) System.out.println(1);",
                        "  }"),
                row(
                        "Address as an Object argument",
                        "an Address passed as java.lang.Object",
                        4,
                        "  public static void main(String[] args) {",
                        "    show(Address.fromLong(8));",
                        "  }",
                        "  static void show(Object o) { System.out.println(o == null); }"),
                row(
                        "string concatenation",
                        "string conversion of an Address (use toLong)",
                        4,
                        "  public static void main(String[] args) {",
                        "    System.out.println(\"at \" + Address.fromLong(8));",
                        "  }"),
                row(
                        "cast to Address",
                        "cast to org.mkplay.vmmagic.Address",
                        5,
                        "  public static void main(String[] args) {",
                        "    Object o = args;",
                        "    Address a = (Address) o;",
                        "  }"),
                row(
                        "instanceof Address",
                        "instanceof org.mkplay.vmmagic.Address",
                        5,
                        "  public static void main(String[] args) {",
                        "    Object o = args;",
                        "    System.out.println(o instanceof Address);",
                        "  }"),
                row(
                        "toString is JVM only",
                        "intrinsic org.mkplay.vmmagic.Address.toString (JVM only)",
                        4,
                        "  public static void main(String[] args) {",
                        "    String s = Address.zero().toString();",
                        "  }"),
                row(
                        "equals is JVM only (and takes an Object)",
                        "intrinsic org.mkplay.vmmagic.Address.equals (JVM only)",
                        4,
                        "an Address passed as java.lang.Object",
                        4,
                        "  public static void main(String[] args) {",
                        "    System.out.println(Address.zero().equals(Address.zero()));",
                        "  }"),
                row(
                        "Address into an Object field",
                        "an Address stored as java.lang.Object",
                        5,
                        "  static Object kept;",
                        "  public static void main(String[] args) {",
                        "    kept = Address.zero();",
                        "  }"),
                row(
                        "Address into an Object array",
                        "an Address stored into an array element",
                        5,
                        "  public static void main(String[] args) {",
                        "    Object[] box = new Object[1];",
                        "    box[0] = Address.zero();",
                        "  }"),
                row(
                        "Address returned as Object",
                        "an Address returned as java.lang.Object",
                        5,
                        "  public static void main(String[] args) { System.out.println(wrap() != null); }",
                        "  static Object wrap() {",
                        "    return Address.zero();",
                        "  }"),
                row(
                        "trap vector without a handler",
                        "Trap.vector() without a @TrapHandler method",
                        4,
                        "  public static void main(String[] args) {",
                        "    Csr.write(STVEC, Trap.vector().toLong());",
                        "  }"),
                row(
                        "handler with another signature",
                        "@TrapHandler method Main.onTrap not declared static Address onTrap(Address)",
                        6,
                        "  public static void main(String[] args) { }",
                        "  @TrapHandler",
                        "  static void onTrap(Address frame) {",
                        "    frame.storeLong(0, 1);",
                        "  }"),
                row(
                        "two handlers",
                        "a second @TrapHandler method Main.second",
                        7,
                        "  public static void main(String[] args) { }",
                        "  @TrapHandler",
                        "  static Address first(Address frame) { return frame; }",
                        "  @TrapHandler",
                        "  static Address second(Address frame) { return frame; }"),
                row(
                        "syscall handler with another signature",
                        "@SyscallHandler method Main.onSyscall not declared static Address onSyscall(Address)",
                        6,
                        "  public static void main(String[] args) { }",
                        "  @TrapHandler static Address onTrap(Address frame) { return frame; }",
                        "  @SyscallHandler",
                        "  Address onSyscall(Address frame) { return frame; }"),
                row(
                        "two syscall handlers",
                        "a second @SyscallHandler method Main.second",
                        8,
                        "  public static void main(String[] args) { }",
                        "  @TrapHandler static Address onTrap(Address frame) { return frame; }",
                        "  @SyscallHandler",
                        "  static Address first(Address frame) { return frame; }",
                        "  @SyscallHandler",
                        "  static Address second(Address frame) { return frame; }"),
                row(
                        "syscall handler without a trap handler",
                        "@SyscallHandler method Main.onSyscall without a @TrapHandler method",
                        5,
                        "  public static void main(String[] args) { }",
                        "  @SyscallHandler",
                        "  static Address onSyscall(Address frame) { return frame; }"));
    }

    @Test
    void aConstantCsrNumberSurvivesControlFlowInTheOtherArgument() throws Exception {
        String src = source(
                "  public static void main(String[] args) {",
                "    Csr.write(MSCRATCH,",
                "        args.length == 0 ? 0x1234 : 0x5678);",
                "    System.out.println(Long.toHexString(Csr.read(MSCRATCH)));",
                "  }");
        assertEquals(
                "1234\n", KernelRuns.emulator(KernelRuns.compile(src).elf()).output());
    }

    @Test
    void theHostSimulationIsNotVisibleToKernelCode() {
        CompileResult r = compile(
                Profile.KERNEL,
                Map.of(
                        "Main.java",
                        source(
                                "  public static void main(String[] args) { org.mkplay.vmmagic.host.HostMachine.current(); }")));
        assertTrue(
                r.formattedDiagnostics()
                        .startsWith("Main.java:3: error: package org.mkplay.vmmagic.host does not exist"),
                r.formattedDiagnostics());
    }

    @Test
    void kernelSourcesCannotRedefineAnIntrinsicClass() {
        CompileResult r = compile(
                Profile.KERNEL,
                Map.of(
                        "Main.java",
                        source("  public static void main(String[] args) { System.out.println(Csr.read(MSCRATCH)); }"),
                        "Csr.java",
                        "package org.mkplay.vmmagic;\npublic final class Csr { public static final int MSCRATCH = 0x340; "
                                + "public static long read(int csr) { return 0; } }\n"));
        assertEquals(
                "org/mkplay/vmmagic/Csr.java:0: error: redefining org.mkplay.vmmagic.Csr is not supported\n",
                r.formattedDiagnostics());
    }

    /** The user profile, with the real vmmagic classes on javac's classpath, refuses them at their line. */
    static Stream<Arguments> userRows() {
        String outside = " outside the kernel profile";
        return Stream.of(
                row(
                        "the real intrinsics",
                        "intrinsic org.mkplay.vmmagic.Address.fromLong" + outside,
                        4,
                        "intrinsic org.mkplay.vmmagic.Address.loadLong" + outside,
                        4,
                        "intrinsic org.mkplay.vmmagic.Cpu.wfi" + outside,
                        5,
                        "org.mkplay.vmmagic.Address" + outside,
                        6,
                        "  public static void main(String[] args) {",
                        "    System.out.println(Address.fromLong(8).loadLong());",
                        "    Cpu.wfi();",
                        "    handler(null);",
                        "  }",
                        "  @TrapHandler",
                        "  static Address handler(Address frame) { return frame; }"),
                row(
                        "the image bounds",
                        "intrinsic org.mkplay.vmmagic.Image.end" + outside,
                        4,
                        "intrinsic org.mkplay.vmmagic.Image.textStart" + outside,
                        4,
                        "intrinsic org.mkplay.vmmagic.Address.diff" + outside,
                        4,
                        "  public static void main(String[] args) {",
                        "    long size = Image.end().diff(Image.textStart());",
                        "  }"));
    }

    static Stream<Arguments> refusals() {
        return Stream.concat(
                kernelRows().map(row -> withProfile(Profile.KERNEL, row)),
                userRows().map(row -> withProfile(Profile.USER, row)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void profileRefusesAtTheLine(Profile profile, String name, String source, String expected) {
        assertRefused(name, expected, compile(profile, Map.of("Main.java", source)));
    }

    private static Arguments withProfile(Profile profile, Arguments row) {
        Object[] a = row.get();
        return Arguments.of(profile, a[0], a[1], a[2]);
    }

    /**
     * The machine's constants (org.mkplay.riscv.priv and .board) are on javac's classpath and inlined by it, so
     * every profile may read them, while only the kernel profile may name vmmagic.
     */
    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyProfileReadsTheMachineConstants(Profile profile) throws Exception {
        CompileResult r = compile(
                profile,
                Map.of(
                        "Main.java",
                        source(
                                "  public static void main(String[] args) {",
                                "    System.out.println(Long.toHexString(org.mkplay.riscv.board.Virt.UART_BASE + SATP));",
                                "  }")));
        assertTrue(r.ok(), r::formattedDiagnostics);
        if (profile != Profile.USER)
            assertEquals("10000180\n", KernelRuns.emulator(r.elf()).output());
    }

    /** (name, then (message, line) pairs, then the lines of the class body from line 3) → (name, source, expected). */
    private static Arguments row(String name, Object... parts) {
        return Rows.framedRow(KernelProfileErrorsTest::source, name, parts);
    }

    private static String source(String... bodyLines) {
        return "import org.mkplay.vmmagic.*; import static org.mkplay.riscv.priv.Csr.*;\npublic class Main {\n"
                + String.join("\n", bodyLines) + "\n}\n";
    }

    private static CompileResult compile(Profile profile, Map<String, String> sources) {
        return Compiler.compile(CompileRequest.ofSources(sources, "Main", profile));
    }
}
