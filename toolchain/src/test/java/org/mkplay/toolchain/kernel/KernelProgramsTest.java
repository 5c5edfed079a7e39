package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.vmmagic.Address;

/**
 * Kernel-profile programs compiled and run on our emulator and on QEMU; where the JVM can follow (no MMU,
 * no timer), also as plain Java on the HostMachine. All runs must print the expected text.
 */
@NeedsHostTools
class KernelProgramsTest {
    @Test
    void memoryAndCsrs() throws Exception {
        String expected = """
            byte -9 short -6409 char 59127
            int -992614665 int@4 -2137939277 long 8091a2b3c4d5e6f7
            after stores abcda2b3fffe12f7
            int pair 7fff0000ffffffff
            far 42 42
            pointer 42 5000
            lt true le true gt false ge true
            eq true ne true zero true true false
            sum 45 diff -274877911040
            ring accepted 8 sum 204
            mscratch 123456789abc
            swap 123456789abc -> 7
            bits f4
            sscratch ffffffffffffff
            time monotonic true
            done
            """;
        String src = KernelRuns.resource("MemoryAndCsrs.java");
        assertCompiledRuns(src, expected);
        assertEquals(expected, KernelRuns.host(src, (machine, main) -> {}));
    }

    @Test
    void trapRoundTrip() throws Exception {
        String expected = """
            trap cause 9 from S true SIE off true
            add-mul 52
            unknown -38
            loop 30 traps 7
            sie back on true
            sscratch is the frame true
            """;
        String src = KernelRuns.resource("TrapRoundTrip.java");
        assertCompiledRuns(src, expected);
        assertEquals(expected, KernelRuns.host(src, (machine, main) -> {
            Method handler = main.getDeclaredMethod("onTrap", Address.class);
            handler.setAccessible(true);
            machine.setTrapHandler(frame -> invoke(handler, frame));
        }));
    }

    @Test
    void pagingThroughPageTablesBuiltWithAddress() throws Exception {
        assertCompiledRuns(KernelRuns.resource("PagingAlias.java"), """
            through the alias 1111
            written physically 3333
            after remap 2222
            translation off 0
            """);
    }

    @Test
    void wfiSleepsUntilTheTimerIsPending() throws Exception {
        assertCompiledRuns(KernelRuns.resource("TimerWfi.java"), """
            mtime matches time true
            pending before false
            pending after true
            slept until the deadline true
            """);
    }

    private static void assertCompiledRuns(String src, String expected) throws Exception {
        byte[] elf = KernelRuns.compile(src).elf();
        KernelRuns.Run ours = KernelRuns.emulator(elf);
        assertEquals(expected, ours.output(), "our emulator");
        assertTrue(ours.halted(), "exited");
        assertEquals(0, ours.exit());
        KernelRuns.Run qemu = KernelRuns.qemu(elf);
        assertEquals(expected, qemu.output(), "QEMU");
        assertEquals(0, qemu.exit());
    }

    private static Address invoke(Method handler, Address frame) {
        try {
            return (Address) handler.invoke(null, frame);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
