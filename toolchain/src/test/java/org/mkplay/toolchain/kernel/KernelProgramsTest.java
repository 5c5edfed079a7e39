package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.mkplay.vmmagic.Address;

/** Kernel-profile programs compiled and run on the emulator; where the JVM can follow, also on the HostMachine. */
class KernelProgramsTest {
    @Test
    void memoryAndCsrsBehaveTheSameCompiledAndOnTheHost() throws Exception {
        String src = KernelRuns.resource("MemoryAndCsrs.java");
        KernelRuns.Run compiled = KernelRuns.emulator(KernelRuns.compile(src).elf());
        String host = KernelRuns.host(src, (m, main) -> { });
        System.err.println(compiled + "\n" + host);
        assertEquals(host, compiled.output());
        assertEquals(0, compiled.exit());
    }

    @Test
    void trapRoundTripBehavesTheSameCompiledAndOnTheHost() throws Exception {
        String src = KernelRuns.resource("TrapRoundTrip.java");
        KernelRuns.Run compiled = KernelRuns.emulator(KernelRuns.compile(src).elf());
        String host = KernelRuns.host(src, (machine, main) -> {
            Method handler = main.getDeclaredMethod("onTrap", Address.class);
            handler.setAccessible(true);
            machine.setTrapHandler(frame -> invoke(handler, frame));
        });
        System.err.println(compiled + "\n" + host);
        assertEquals(host, compiled.output());
        assertEquals(0, compiled.exit());
    }

    private static Address invoke(Method handler, Address frame) {
        try {
            return (Address) handler.invoke(null, frame);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
