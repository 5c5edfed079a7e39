package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.system.SystemRuns.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.Machine;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.system.SystemRuns.Run;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.testkit.Qemu;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * The placement switch (docs/kernel.md, "Placement"): the default system boots to the prompt in each placement
 * within the boot budget, a scripted shell session gives the same console in all three on our emulator and on QEMU
 * 7.2, a crash of echo placed in the kernel panics naming it (in user space the supervisor restarts it:
 * DefaultSystemTest), and a call to a server placed in the kernel takes one trap, no context switch and no satp
 * write, while a handler there gets an error code, not a hang, for what it may not do.
 */
class PlacementTest {
    static final String SCRIPT = DefaultSystemTest.ECHO_AND_FILES_SCRIPT + "echo again\nps\nhalt\n";

    /** The part of the session that is about echo and the files (ps and the boot lines list the programs). */
    static final String FILES_AND_ECHO = DefaultSystemTest.ECHO_AND_FILES + """
        mk$ echo again
        again
        mk$ ps
        """;

    /** The session after the boot's per-program lines is the same, byte for byte, in every placement. */
    @Test
    void theSameSessionInEveryPlacement() throws Exception {
        String user = null;
        for (String placement : Placements.PRESETS) {
            Run run = typing(SystemBuilder.defaultSystem(placement), SCRIPT);
            assertTrue(run.halted(), placement + ":\n" + run.text());
            assertEquals(0, run.exitStatus(), placement + ":\n" + run.text());
            String session = session(run.text());
            assertTrue(session.contains(FILES_AND_ECHO), placement + ":\n" + session);
            assertTrue(
                    session.endsWith(
                            "mk$ halt\nsupervisor: halting\n"
                                    + "exit: thread 0 (process 0) status 0\nkernel: no thread can run, N frames in use, powering off\n"),
                    session);
            if (user == null) user = session;
            assertEquals(user, session, placement);
        }
    }

    /** Which programs run where: the boot's line for each (names, echo, files in the kernel; mixed: files). */
    @Test
    void theBootNamesWhereEachProgramRuns() throws Exception {
        String kernel = typing(SystemBuilder.defaultSystem("kernel"), "halt\n").text();
        for (String name : List.of("names", "echo", "files", "kv"))
            assertTrue(kernel.contains("kernel: " + name + " is process"), kernel);
        for (String name : List.of("supervisor", "console", "shell"))
            assertTrue(kernel.contains("user: " + name + " is process"), kernel);
        assertTrue(kernel.contains("kernel: echo is process 3, in the kernel, priority 8, entry 0xc3000000"), kernel);
        String mixed = typing(SystemBuilder.defaultSystem("mixed"), "halt\n").text();
        assertTrue(mixed.contains("kernel: files is process 4, in the kernel"), mixed);
        assertTrue(mixed.contains("kernel: kv is process 6, in the kernel"), mixed);
        assertTrue(mixed.contains("user: echo is process 3"), mixed);
        assertTrue(mixed.contains("user: names is process 1"), mixed);
    }

    @Test
    @NeedsHostTools
    void theSameSessionOnQemuInTheKernelPlacements() throws Exception {
        for (String placement : List.of("kernel", "mixed")) {
            byte[] elf = SystemBuilder.defaultSystem(placement);
            Run ours = typing(elf, SCRIPT);
            Qemu.Run qemu = qemuTyping(elf, SCRIPT);
            assertEquals(0, qemu.exitStatus(), qemu.diagnostics());
            // ps's instruction column is instret, which QEMU's TCG does not count as our emulator does
            assertEquals(
                    neutralInstructions(ours.text()),
                    neutralInstructions(qemu.text().replace("\r\n", "\n")),
                    placement);
        }
    }

    @Test
    void everyPlacementBootsToThePromptWithinTheBudget() throws Exception {
        for (String placement : Placements.PRESETS) {
            long n = instructionsToPrompt(SystemBuilder.defaultSystem(placement));
            System.out.println("default system, placement " + placement + ": the prompt after " + n + " instructions");
            assertTrue(n <= BOOT_BUDGET, placement + ": " + n + " instructions to the prompt");
        }
    }

    static final String CRASH = "echo hi\ncrash echo\necho again\n";

    /** The point of the lesson: the same fault the supervisor survives in user space stops a monolithic system. */
    @Test
    void aCrashOfEchoInTheKernelPanicsNamingIt() throws Exception {
        Run run = typing(SystemBuilder.defaultSystem("kernel"), CRASH);
        assertTrue(run.halted(), run.text());
        assertEquals(1, run.exitStatus(), run.text());
        String tail = run.text().substring(run.text().indexOf("mk$ echo hi"));
        assertEquals(
                "mk$ echo hi\nhi\nmk$ crash echo\nException in thread \"main\" java.lang.NullPointerException\n"
                        + "\tat EchoServer.main(EchoServer.java:16)\n"
                        + "panic: kernel server echo faulted: breakpoint (scause 0x3) at sepc 0xPC, stval 0x0\n",
                tail.replaceAll("sepc 0xc3[0-9a-f]{6}", "sepc 0xPC"));
    }

    @Test
    @NeedsHostTools
    void theSamePanicOnQemu() throws Exception {
        byte[] elf = SystemBuilder.defaultSystem("kernel");
        Run ours = typing(elf, CRASH);
        Qemu.Run qemu = qemuTyping(elf, CRASH);
        assertEquals(1, qemu.exitStatus(), qemu.diagnostics());
        assertEquals(ours.text(), qemu.text().replace("\r\n", "\n"));
    }

    /**
     * The kernel checks a program packed for the kernel as it checks a user one: an ELF linked for user space (its
     * segments outside its window slot) is refused at boot with a panic naming it, before anything of it runs.
     */
    @Test
    void aProgramNotLinkedForItsWindowSlotIsRefusedAtBoot() throws Exception {
        Path manifest = resource("/placement/system.json");
        Manifest m = Manifest.parse(Files.readString(manifest), "system.json");
        byte[] user = org.mkplay.toolchain.Compiler.compileFiles(
                        List.of(manifest.resolveSibling("Adder.java")),
                        org.mkplay.toolchain.front.Profile.USER,
                        "Adder")
                .elf();
        List<SystemImage.Program> programs =
                SystemImage.programs(m, List.of(user, user, user), List.of(true, false, false));
        Machine machine = new Machine();
        machine.load(SystemImage.pack(SystemBuilder.kernelImage(), programs));
        var run = machine.runToEnd(TEST_SYSTEM_BUDGET);
        assertEquals(1, run.exitStatus(), run.text());
        assertTrue(run.text().endsWith("panic: boot: kernel server adder cannot be loaded (-10)\n"), run.text());
    }

    /** Counters and trace records between the caller's two marks: 1,000 round trips and the mark's console byte. */
    record Stretch(
            long instructions,
            long ecallsFromU,
            long ecallsFromS,
            long exceptions,
            long satpWrites,
            long switches,
            long spaces,
            long sends,
            long cycles,
            long tlbMisses,
            String console) {}

    /** The counters at a mark: instructions, ecalls from U and S, exceptions, satp writes, cycles, TLB misses. */
    static long[] snapshot(Counters c) {
        long exceptions = c.trapsTotal();
        for (int code = 0; code < 16; code++) exceptions -= c.interrupts(code);
        return new long[] {
            c.instructions(),
            c.exceptions(Cause.ECALL_FROM_U),
            c.exceptions(Cause.ECALL_FROM_S),
            exceptions,
            c.satpWrites,
            c.modelledCycles(),
            c.tlbMisses
        };
    }

    static Stretch stretch(Placements placements) throws Exception {
        Path manifest = resource("/placement/system.json");
        return stretch(SystemBuilder.build(manifest, SystemBuilder.kernelImage(), placements));
    }

    static Stretch stretch(byte[] image) throws Exception {
        Machine machine = new Machine();
        StringBuilder console = new StringBuilder();
        List<TraceRecord> records = new ArrayList<>();
        long[][] at = new long[2][];
        int[] recordsAt = new int[2];
        machine.setTraceListener((type, a0, a1, a2, a3) -> records.add(TraceRecord.decode(type, a0, a1, a2, a3)));
        machine.setOutput(b -> {
            console.append((char) b);
            int mark = console.toString().endsWith("\na") ? 0 : b == 'b' && at[0] != null ? 1 : -1;
            if (mark >= 0 && at[mark] == null) {
                at[mark] = snapshot(machine.counters());
                recordsAt[mark] = records.size();
            }
        });
        machine.load(image);
        var end = machine.runToEnd(100_000_000L);
        assertTrue(end.halted() && end.exitStatus() == 0, console.toString());
        long[] a = at[0], b = at[1];
        List<TraceRecord> between = records.subList(recordsAt[0], recordsAt[1]);
        return new Stretch(
                b[0] - a[0],
                b[1] - a[1],
                b[2] - a[2],
                b[3] - a[3],
                b[4] - a[4],
                between.stream().filter(r -> r.type() == TraceRecord.SWITCH).count(),
                between.stream().filter(r -> r.type() == TraceRecord.SPACE).count(),
                between.stream().filter(r -> r.type() == TraceRecord.SEND).count(),
                b[5] - a[5],
                b[6] - a[6],
                console.toString());
    }

    /**
     * The claim, counted: in the kernel, 1,000 calls are 1,000 traps (the caller's ecalls; the handler's
     * answer enters the kernel by a jump), no satp write and no context switch; in user space the same calls take
     * 2,000 traps, 2,000 satp writes and 2,000 switches. The mark's console byte adds one trap in both.
     */
    @Test
    void aCallToAServerInTheKernelIsOneTrapWithoutASwitch() throws Exception {
        Stretch kernel = stretch(Placements.of(java.util.Map.of("adder", "kernel")));
        Stretch user = stretch(Placements.USER);
        System.out.println("1,000 calls, kernel placement: " + kernel);
        System.out.println("1,000 calls, user placement: " + user);
        assertEquals(1001, kernel.exceptions(), kernel.toString());
        assertEquals(1001, kernel.ecallsFromU());
        assertEquals(0, kernel.ecallsFromS(), "the handler's answer is a jump, not an ecall");
        assertEquals(0, kernel.satpWrites());
        assertEquals(0, kernel.switches());
        assertEquals(0, kernel.spaces());
        assertEquals(1000, kernel.sends(), "each call is still a SEND record for the timeline");
        assertEquals(2001, user.exceptions(), user.toString());
        assertEquals(2000, user.satpWrites());
        assertEquals(2000, user.switches());
        assertTrue(kernel.instructions() < user.instructions(), kernel + " vs " + user);
    }

    /** A client of the default system's echo server (found by name), marks around 1,000 calls with 5 bytes. */
    static final String ECHO_CALLER = """
        import org.mkplay.mk.*;
        public class EchoCaller {
            public static void main(String[] args) {
                Cap echo = Names.lookup("echo");
                Message m = new Message();
                for (int i = 0; i < 100; i++) Ipc.call(echo, m.clear().label(1).put("hello"));
                System.out.print("a");
                for (int i = 0; i < 1000; i++) Ipc.call(echo, m.clear().label(1).put("hello"));
                System.out.print("b");
                System.out.println(" " + m.text());
            }
        }
        """;

    static final String ECHO_SYSTEM = """
        { "programs": [
          { "name": "names", "sources": ["NameServer.java"], "priority": 12, "role": "names", "serves": true },
          { "name": "echo", "sources": ["EchoServer.java"], "priority": 8, "serves": true, "uses": ["names"] },
          { "name": "caller", "sources": ["EchoCaller.java"], "priority": 4, "uses": ["names", "echo"] } ] }
        """;

    /**
     * The default system's own EchoServer and NameServer (built from places: the caller's file, then the default
     * system's sources), 1,000 calls with five bytes through the IPC buffer, as the shell's echo makes: in the
     * kernel one trap a call and no switch, in user space two traps, two switches, two satp writes. The figures
     * (instructions, cycles) are printed for docs/kernel.md §15.
     */
    @Test
    void theDefaultEchoServerInTheKernelIsOneTrapPerCallWithoutASwitch() throws Exception {
        SystemSources places = new SystemSources(
                List.of(new SystemSources.Place("the caller", java.util.Map.of("EchoCaller.java", ECHO_CALLER))));
        Stretch[] stretches = new Stretch[2];
        for (int k = 0; k < 2; k++) {
            Placements placements = k == 0 ? Placements.USER : Placements.KERNEL;
            byte[] image = SystemBuilder.build(
                            ECHO_SYSTEM, "echo.json", places, SystemBuilder.kernelImage(), placements)
                    .image();
            stretches[k] = stretch(image);
            assertTrue(stretches[k].console().contains("\nab hello\n"), stretches[k].console());
            System.out.println("echo, 1,000 calls of 5 bytes (and one console byte), " + placements.preset() + ": "
                    + stretches[k].toString().replaceAll(", console=.*", "]"));
        }
        Stretch user = stretches[0], kernel = stretches[1];
        assertEquals(2001, user.exceptions());
        assertEquals(2000, user.satpWrites());
        assertEquals(2000, user.switches());
        assertEquals(1001, kernel.exceptions());
        assertEquals(0, kernel.ecallsFromS());
        assertEquals(0, kernel.satpWrites());
        assertEquals(0, kernel.switches());
        assertEquals(0, kernel.spaces());
    }

    /**
     * A handler in the kernel that tries to block (a call to another server, a wait) gets WOULD_BLOCK, a bad byte
     * BAD_ARGUMENT, an answer of 7 words TOO_LONG; the server keeps serving. In user space the call goes through.
     */
    @Test
    void whatAHandlerInTheKernelMayNotDoIsAnErrorNotAHang() throws Exception {
        String kernel =
                stretch(Placements.of(java.util.Map.of("adder", "kernel"))).console();
        assertTrue(kernel.contains("\nab\nrefused: status 0, -8 -10 -8 -6\nthen: status 0, 42\n"), kernel);
        String user = stretch(Placements.USER).console();
        assertTrue(user.contains("\nab\nrefused: status 0, 0 -10 -2 -6\nthen: status 0, 42\n"), user);
    }
}
