package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.vmmagic.Abi.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * Hostile user threads at the logic level: {@value #DEFAULT_COUNT} random syscalls per run (seeded:
 * {@code -Dfuzz.seed=N}, {@code -Dfuzz.count=N} for a longer run offline), with random numbers, slots, infos
 * and words, mixed with timer ticks and user faults, among six processes holding capabilities of every type
 * with assorted rights. After each step every kernel invariant holds; every thread that runs again finds a
 * defined status in a0 (OK or an error code); no exception escapes (one would fail the test); at the end,
 * with every process killed, the reply pool is back to empty and the mapped frames agree with the address
 * spaces.
 */
class SyscallFuzzTest {
    static final int DEFAULT_COUNT = 100_000;

    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    private SplittableRandom random;
    private KernelRig rig;
    private Process[] ps;
    /** Thread i's last syscall left it blocked: its result is counted when it runs again. */
    private final boolean[] blocked = new boolean[Kernel.MAX_THREADS];

    @Test
    void randomSyscallsKeepTheKernelConsistentAndEveryResultDefined() {
        long seed = Long.getLong("fuzz.seed", 20261206L);
        int count = Integer.getInteger("fuzz.count", DEFAULT_COUNT);
        random = new SplittableRandom(seed);
        rig = new KernelRig();
        rig.memory.limit = 1; // room for one page only: a second MAP is NO_MEMORY
        world();
        int[] outcomes = new int[-E_MIN + 1];
        for (int i = 0; i < count; i++) {
            step(outcomes, i);
            String broken = Kernel.checkInvariants();
            if (broken != null) throw new AssertionError("seed " + seed + " step " + i + ": " + broken);
        }
        System.out.println("fuzz outcomes (OK, -1..-10): " + java.util.Arrays.toString(outcomes));
        for (Process p : ps) Fault.kill(null, p);
        assertNull(Kernel.checkInvariants());
        assertEquals(0, Kernel.repliesInUse(), "every reply back in the pool");
        assertEquals(mappedFrames(), rig.memory.pages.size(), "frames marked mapped = pages the address spaces hold");
        for (int code = 0; code <= -E_MIN; code++) {
            assertTrue(
                    outcomes[code] > 0,
                    "outcome " + (-code) + " never seen in " + count + " calls (seed " + seed + ")");
        }
    }

    private Endpoint[] eps;
    private Notification[] ns;
    private Frame[] frames;

    /** Six processes; endpoints 0..2 served by 0..2, two notifications, a frame each, control over 3..5. */
    private void world() {
        ps = new Process[6];
        frames = new Frame[ps.length];
        for (int i = 0; i < ps.length; i++) ps[i] = rig.process(random.nextInt(4));
        eps = new Endpoint[] {Kernel.newEndpoint(ps[0]), Kernel.newEndpoint(ps[1]), Kernel.newEndpoint(ps[2])};
        ns = new Notification[] {Kernel.newNotification(), Kernel.newNotification()};
        for (int i = 0; i < ps.length; i++) {
            frames[i] = Kernel.newFrame(Address.fromLong(0x8680_0000L + 4096L * i));
            ps[i].thread.faultEndpoint = eps[i % 3];
            ps[i].thread.faultBadge = 0xF0 + i;
            grant(i);
        }
        for (Process p : ps) rig.start(p);
    }

    /**
     * Gives process i its capabilities in slots 0..6 where they are empty (at boot, and every so often, as a
     * supervisor would: random deletes would otherwise empty the tables and leave only BAD_SLOT to test).
     */
    private void grant(int i) {
        CSpace cs = ps[i].cspace;
        for (int e = 0; e < eps.length; e++) {
            if (cs.slot(e).isEmpty()) cs.installEndpoint(e, eps[e], random.nextInt(RIGHT_GRANT * 2), random.nextInt(3));
        }
        if (cs.slot(3).isEmpty()) cs.installNotification(3, ns[0], RIGHT_SEND | RIGHT_RECEIVE, 0);
        if (cs.slot(4).isEmpty()) cs.installNotification(4, ns[1], random.nextInt(4), 1L << i);
        if (cs.slot(5).isEmpty()) cs.installFrame(5, frames[i], RIGHT_READ | RIGHT_WRITE);
        if (i < 3 && cs.slot(6).isEmpty()) cs.installProcess(6, ps[i + 3], RIGHT_CONTROL);
    }

    private void step(int[] outcomes, int i) {
        if (i % 1000 == 0) for (int k = 0; k < ps.length; k++) grant(k);
        Thread t = Sched.current();
        if (t == null) {
            Fault.restart(null, ps[random.nextInt(ps.length)]); // everyone blocked or stopped: a supervisor acts
            Sched.reschedule();
            return;
        }
        long status = t.reg(Trap.A0);
        assertTrue(status >= E_MIN && status <= OK, "step " + i + ": thread " + t.id + " resumed with a0 = " + status);
        if (blocked[t.id]) outcomes[(int) -status]++; // the result of a call that blocked: OK, DEAD...
        blocked[t.id] = false;
        int dice = random.nextInt(100);
        if (dice < 4) {
            Sched.tick();
        } else if (dice < 5) {
            Fault.deliver(t, random.nextInt(16), random.nextLong(), random.nextLong());
        } else {
            syscall(t, outcomes);
        }
        Sched.reschedule();
    }

    /**
     * A random syscall: a random number (one in ten anything at all), then arguments drawn for that number —
     * well-formed ones often enough to get past validation, anything at all often enough to test it.
     */
    private void syscall(Thread t, int[] outcomes) {
        long number = random.nextInt(10) == 0 ? random.nextLong() : 1 + random.nextInt(SYS_MAX);
        t.setReg(Trap.T0, number);
        t.setReg(Trap.A0, slot());
        for (int w = 0; w < 6; w++) t.setReg(Trap.A2 + 8 * w, value());
        if (number == SYS_MAP || number == SYS_UNMAP) {
            t.setReg(Trap.A1, address());
            if (random.nextBoolean()) t.setReg(Trap.A2, RIGHT_READ << random.nextInt(3));
        } else if (number == SYS_CAP_COPY) {
            t.setReg(Trap.A1, slot());
        } else {
            t.setReg(Trap.A1, random.nextInt(4) == 0 ? random.nextLong() : info());
        }
        Syscall.handle(t);
        blocked[t.id] = t.isBlocked();
        if (t.state == Thread.RUNNING || t.state == Thread.READY) {
            long status = t.reg(Trap.A0);
            assertTrue(status >= E_MIN && status <= OK, "a0 = " + status);
            outcomes[(int) -status]++;
        }
    }

    /** A slot: one of the filled ones (0..6) or its neighbour mostly, else anywhere in or out of the table. */
    private long slot() {
        int d = random.nextInt(10);
        if (d == 0) return random.nextLong();
        if (d == 1) return -1 - random.nextInt(3);
        if (d < 4) return random.nextInt(CSPACE_SLOTS + 3);
        return random.nextInt(8);
    }

    /** A user address: page-aligned in user space mostly, else misaligned, the kernel's, or anything. */
    private long address() {
        int d = random.nextInt(6);
        if (d == 0) return random.nextLong();
        if (d == 1) return USER_BASE + random.nextInt(1 << 20);
        if (d == 2) return USER_END + 4096L * random.nextInt(16);
        return USER_BASE + 4096L * random.nextInt(64);
    }

    /** A word: small numbers and rights combinations mostly (badges, masks), else anything. */
    private long value() {
        int d = random.nextInt(3);
        if (d == 0) return random.nextLong();
        if (d == 1) return 8L * random.nextInt(8);
        return random.nextInt(RIGHTS_ALL + 2);
    }

    private long info() {
        long label = random.nextInt(1 << 16);
        long words = random.nextInt(8);
        long buffer = random.nextInt(4) == 0 ? random.nextInt(MAX_BUFFER + 600) : 0;
        long cap =
                random.nextInt(5) == 0 ? INFO_CAP | (long) random.nextInt(CSPACE_SLOTS + 2) << INFO_CAP_SLOT_SHIFT : 0;
        return label << INFO_LABEL_SHIFT | buffer << INFO_BUFFER_SHIFT | cap | words;
    }

    private static int mappedFrames() {
        int n = 0;
        for (int i = 0; i < Kernel.framesUsed(); i++) if (Kernel.frame(i).isMapped()) n++;
        return n;
    }
}
