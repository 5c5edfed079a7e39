package org.mkplay.bench.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.bench.emulator.BenchFailure;
import org.mkplay.system.SystemBuilder;

/**
 * The system benchmark on the default system with small loops (the full run is mkplay bench system): every workload
 * runs cleanly, twice gives the same figures, and the figures say what the design says they must.
 */
class SystemBenchTest {
    static final long BUDGET = 200_000_000L;

    static SystemBench.Result user() throws BenchFailure {
        return in("user");
    }

    static SystemBench.Result in(String placement) throws BenchFailure {
        return new SystemBench(4, 12, BUDGET)
                .measure(SystemBuilder.defaultSystem(placement), placement, SystemBench.WORKLOADS);
    }

    @Test
    void everyWorkloadRunsAndTwoRunsGiveTheSameFigures() throws BenchFailure {
        SystemBench.Result first = user(), second = user();
        assertEquals(SystemBench.WORKLOADS.size(), first.costs().size());
        assertEquals(first.costs(), second.costs());
        assertEquals(first.checksums(), second.checksums());
        for (Cost c : first.costs()) {
            System.out.println(c);
            assertEquals("user", c.placement());
            assertTrue(c.instructions() > 0 && c.cycles() >= c.instructions(), c.toString());
        }
    }

    /**
     * What the servers answered, summed over the 16 operations of each workload: an echo returns its word (1 each),
     * a get the 32-byte value (its length plus its last byte, 218), a put 0, a 4 KiB read its length plus its last
     * byte (250), a create+write+close the 1,024 bytes written.
     */
    @Test
    void theServersAnswerWhatTheWorkloadsExpect() throws BenchFailure {
        assertEquals(
                List.of(
                        "bench: echo done, checksum 16, failures 0",
                        "bench: kv_get done, checksum " + 16 * (32 + 218) + ", failures 0",
                        "bench: kv_put done, checksum 0, failures 0",
                        "bench: file_read_4k done, checksum " + 16 * (4096 + 250) + ", failures 0",
                        "bench: file_create_write done, checksum " + 16 * 1024 + ", failures 0"),
                user().checksums());
    }

    @Test
    void inUserPlacementEveryCallSwitchesToTheServerAndBack() throws BenchFailure {
        for (Cost c : user().costs()) {
            // a round trip to a server in user space: at least there and back, each an ecall and a new address space
            int calls = c.workload().equals("file_create_write") ? 3 : 1;
            assertTrue(c.contextSwitches() >= 2 * calls, c.toString());
            assertTrue(c.asSwitches() >= 2 * calls, c.toString());
            assertTrue(c.traps() >= calls, c.toString());
        }
    }

    /**
     * With every server in the kernel a call is one trap and runs on the caller's time: no context switch, no
     * address-space switch; mixed places the storage servers (files, kv) there and keeps echo in user space.
     */
    @Test
    void inKernelPlacementACallIsOneTrapAndNoSwitch() throws BenchFailure {
        for (Cost c : in("kernel").costs()) {
            int calls = c.workload().equals("file_create_write") ? 3 : 1;
            assertEquals(0, c.contextSwitches(), c.toString());
            assertEquals(0, c.asSwitches(), c.toString());
            assertTrue(c.traps() >= calls && c.traps() < calls + 0.1, c.toString());
        }
        for (Cost c : in("mixed").costs()) {
            assertEquals(c.workload().equals("echo") ? 2 : 0, c.contextSwitches(), c.toString());
        }
    }

    /** The same workloads answer the same in every placement: only the costs differ. */
    @Test
    void everyPlacementGivesTheSameResults() throws BenchFailure {
        SystemBench.Result user = user();
        assertEquals(user.checksums(), in("kernel").checksums());
        assertEquals(user.checksums(), in("mixed").checksums());
    }

    @Test
    void anUnknownWorkloadIsRefusedBeforeBooting() {
        BenchFailure e = assertThrows(
                BenchFailure.class,
                () -> new SystemBench(1, 2, BUDGET).measure(SystemBuilder.defaultSystem(), "user", List.of("nosuch")));
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
    }

    @Test
    void aBudgetTooSmallForTheWorkloadsIsAFailureNotAHang() {
        BenchFailure e = assertThrows(
                BenchFailure.class,
                () -> new SystemBench(100, 1100, 3_000_000L)
                        .measure(SystemBuilder.defaultSystem(), "user", List.of("file_read_4k")));
        assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
    }
}
