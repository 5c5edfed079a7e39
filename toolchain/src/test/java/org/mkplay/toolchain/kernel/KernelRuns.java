package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.testkit.Qemu;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Javac;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.vmmagic.host.HostMachine;

/** Runs a kernel-profile program two ways: compiled on our emulator, and as Java on the JVM's HostMachine. */
final class KernelRuns {
    static final long BUDGET = 50_000_000L;

    private KernelRuns() {}

    record Run(String output, boolean halted, int exit, boolean waiting) {}

    static String resource(String name) throws IOException {
        try (InputStream in = KernelRuns.class.getResourceAsStream("/vmmagic/" + name)) {
            if (in == null) throw new IOException("no test resource vmmagic/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static CompileResult compile(String mainSource) {
        CompileResult r =
                Compiler.compile(CompileRequest.ofSources(Map.of("Main.java", mainSource), "Main", Profile.KERNEL));
        assertTrue(r.ok(), r::formattedDiagnostics);
        return r;
    }

    static Run qemu(byte[] elf) throws Exception {
        Qemu.Run r = Qemu.boot(elf);
        return new Run((r.text() + r.diagnostics()).replace("\r\n", "\n"), true, r.exitStatus(), false);
    }

    static Run emulator(byte[] elf) throws Exception {
        Machine machine = new Machine();
        machine.load(elf);
        Transcript run = machine.runToEnd(BUDGET);
        return new Run(
                run.text(),
                run.halted(),
                run.halted() ? run.exitStatus() : -1,
                run.ending() == Transcript.Ending.WAITING);
    }

    /**
     * Compiles the program with javac against the vmmagic classes and runs its main on a fresh HostMachine
     * (set up by {@code setUp}, given the program's Main class), returning what it printed.
     */
    static String host(String mainSource, HostSetUp setUp) throws Exception {
        Javac.Output out = Javac.compile(Map.of("Main.java", mainSource), VmmagicClasses.classes());
        assertTrue(out.errors().isEmpty(), out.errors()::toString);
        ClassLoader loader = new MemoryClassLoader(out.classes(), KernelRuns.class.getClassLoader());
        Class<?> main = loader.loadClass("Main");
        HostMachine machine = new HostMachine();
        HostMachine previous = HostMachine.install(machine);
        setUp.prepare(machine, main);
        return captureOutput(() -> invokeMain(main), previous);
    }

    interface HostSetUp {
        void prepare(HostMachine machine, Class<?> main) throws Exception;
    }

    private static String captureOutput(Runnable body, HostMachine previous) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(stdout);
            HostMachine.install(previous);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void invokeMain(Class<?> main) {
        try {
            Method m = main.getMethod("main", String[].class);
            m.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the program failed on the HostMachine", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/'));
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }
}
