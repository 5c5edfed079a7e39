package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.toolchain.front.KernelIntrinsic;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Image;
import org.mkplay.vmmagic.Trap;
import org.objectweb.asm.Type;

/** The vmmagic classes as the toolchain sees them: on javac's classpath, and as the compiler's intrinsic table. */
class VmmagicClassesTest {
    @Test
    void everyPublicMethodOfTheIntrinsicClassesIsCompiledExceptTheJvmOnlyOnes() {
        Set<String> api = new TreeSet<>();
        for (Class<?> c : new Class<?>[] {Address.class, Csr.class, Cpu.class, Trap.class, Image.class}) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())
                        || Set.of("equals", "hashCode", "toString").contains(m.getName())) continue;
                api.add(Type.getInternalName(c) + "." + m.getName() + Type.getMethodDescriptor(m));
            }
        }
        assertEquals(api, new TreeSet<>(KernelIntrinsic.keys()));
    }

    @Test
    void javacSeesTheIntrinsicPackageAndTheMachineConstantsButNotTheHostSimulation() {
        Set<String> names = VmmagicClasses.classes().keySet();
        assertTrue(
                names.containsAll(Set.of(
                        "org.mkplay.vmmagic.Address",
                        "org.mkplay.vmmagic.Csr",
                        "org.mkplay.vmmagic.Cpu",
                        "org.mkplay.vmmagic.Trap",
                        "org.mkplay.vmmagic.TrapHandler",
                        "org.mkplay.vmmagic.SyscallHandler",
                        "org.mkplay.vmmagic.Image")),
                names::toString);
        assertTrue(
                names.containsAll(Set.of(
                        "org.mkplay.riscv.priv.Csr",
                        "org.mkplay.riscv.priv.Cause",
                        "org.mkplay.riscv.board.Virt",
                        "org.mkplay.riscv.board.UartRegisters")),
                names::toString);
        Set<String> packages = Set.of("org.mkplay.vmmagic", "org.mkplay.riscv.priv", "org.mkplay.riscv.board");
        assertTrue(
                names.stream().allMatch(n -> packages.contains(n.substring(0, n.lastIndexOf('.')))), names::toString);
    }

    /** The backend ships the toolchain in a shaded jar: only the package's own entries are taken from it. */
    @Test
    void readsThePackageOutOfAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("shaded.jar");
        byte[] address = VmmagicClasses.classes().get("org.mkplay.vmmagic.Address");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "org/mkplay/vmmagic/Address.class", address);
            put(out, "org/mkplay/vmmagic/host/HostMachine.class", new byte[] {1});
            put(out, "org/mkplay/toolchain/Compiler.class", new byte[] {2});
            put(out, "org/mkplay/vmmagic/README.txt", new byte[] {3});
        }
        Map<String, byte[]> found = VmmagicClasses.classesAt(jar);
        assertEquals(Set.of("org.mkplay.vmmagic.Address"), found.keySet());
        assertArrayEquals(address, found.get("org.mkplay.vmmagic.Address"));
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }
}
