package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.testkit.Qemu;

/**
 * The default system (built into the jar by this module's build) boots to the shell's prompt, and a scripted shell
 * session — typed into the UART, read by the console server in user space through the receive interrupt bound to
 * its notification — gives the same console on our emulator and on QEMU 7.2: the echo server answers; crashed, its
 * caller gets DEAD and the supervisor restarts it from its image after a back-off (a clock tick, then two), while
 * the next call, typed at once, waits and is served by the new instance; after its third fault the supervisor gives
 * up (kills it) and calls fail with DEAD at once; ps shows the faults and restarts; the file server keeps files.
 */
class DefaultSystemTest {
    static final long BUDGET = 200_000_000L;
    /** The target for the boot to the first prompt (the page must show it in under 1.5 s). */
    static final long BOOT_BUDGET = 2_000_000L;

    static final String SCRIPT =
            "help\nps\necho hello, world\nwrite notes a microkernel keeps policy out\nwrite todo boot\nls\n"
                    + "cat notes\nrm todo\nls\ncat todo\ncrash echo\necho again\ncrash echo\ncrash echo\necho gone\nps\nkill nosuch\nnosuch\nhalt\n";

    /** What the session prints after the boot's per-process lines (pc and frame counts vary with the code). */
    static final String SESSION = """
        supervisor: started 6 programs
        mkplay shell: type help
        mk$ help
        help          this list
        ps            the programs: state, priority, faults, restarts
        echo TEXT     the echo server answers TEXT
        kill NAME     stop a program for good
        crash NAME    make a server fault on purpose
        ls            the files on the file server
        cat NAME      a file's contents
        write NAME TEXT  create or replace a file
        rm NAME       remove a file
        bench [SHORT LONG] [WORKLOAD...]  the system benchmark's workloads
        halt          stop everything and power off
        mk$ ps
        NAME        STATE    PRI  FAULTS  RESTARTS
        supervisor  running  14   0       0
        names       running  12   0       0
        console     running  11   0       0
        echo        running  8    0       0
        files       running  7    0       0
        shell       running  4    0       0
        kv          running  6    0       0
        mk$ echo hello, world
        hello, world
        mk$ write notes a microkernel keeps policy out
        mk$ write todo boot
        mk$ ls
        notes
        todo
        mk$ cat notes
        a microkernel keeps policy out
        mk$ rm todo
        mk$ ls
        notes
        mk$ cat todo
        cat: no file 'todo'
        mk$ crash echo
        Exception in thread "main" java.lang.NullPointerException
        \tat EchoServer.main(EchoServer.java:16)
        supervisor: echo faulted (breakpoint: a failed check at pc 0xPC), restarting it in 1 tick (restart 1 of 2)
        crash: the call to echo returned DEAD
        mk$ echo again
        again
        mk$ crash echo
        Exception in thread "main" java.lang.NullPointerException
        \tat EchoServer.main(EchoServer.java:16)
        supervisor: echo faulted (breakpoint: a failed check at pc 0xPC), restarting it in 2 ticks (restart 2 of 2)
        crash: the call to echo returned DEAD
        mk$ crash echo
        Exception in thread "main" java.lang.NullPointerException
        \tat EchoServer.main(EchoServer.java:16)
        supervisor: echo faulted (breakpoint: a failed check at pc 0xPC), 3 faults: giving up
        crash: the call to echo returned DEAD
        mk$ echo gone
        echo: the server died (DEAD), retrying
        echo: DEAD
        mk$ ps
        NAME        STATE    PRI  FAULTS  RESTARTS
        supervisor  running  14   0       0
        names       running  12   0       0
        console     running  11   0       0
        echo        failed   8    3       2
        files       running  7    0       0
        shell       running  4    0       0
        kv          running  6    0       0
        mk$ kill nosuch
        kill: cannot kill 'nosuch'
        mk$ nosuch
        nosuch: unknown command (try help)
        mk$ halt
        supervisor: halting
        exit: thread 0 (process 0) status 0
        kernel: no thread can run, N frames in use, powering off
        """;

    /**
     * Boots on our emulator and, once the first prompt is on the console, types the input (all at once, as the QEMU
     * run does: typed earlier, it would meet the kernel's UART set-up, which empties the receive FIFO).
     */
    static Run emulator(byte[] elf, String input) throws Exception {
        Machine machine = new Machine();
        StringBuilder console = new StringBuilder();
        machine.setOutput(b -> console.append((char) b));
        machine.load(elf);
        while (console.indexOf(PROMPT) < 0 && !machine.halted()) machine.run(1_000);
        for (byte b : input.getBytes(StandardCharsets.US_ASCII)) machine.uart().pushInput(b & 0xff);
        Transcript end = machine.runToEnd(BUDGET);
        return new Run(console.toString(), end.halted(), end.exitStatus());
    }

    /** What a run on our emulator left: the whole console, whether it powered off, its status. */
    record Run(String text, boolean halted, int exitStatus) {}

    static final String PROMPT = "mk$ ";

    /** The console from the supervisor's first line on, with code addresses and frame counts made neutral. */
    static String session(String console) {
        int start = console.indexOf("supervisor: started");
        assertTrue(start >= 0, console);
        return console.substring(start)
                .replaceAll("pc 0x[0-9a-f]+", "pc 0xPC")
                .replaceAll("\\d+ frames in use", "N frames in use");
    }

    @Test
    void scriptedSessionOnOurEmulator() throws Exception {
        Run run = emulator(SystemBuilder.defaultSystem(), SCRIPT);
        assertTrue(run.halted(), run.text());
        assertEquals(0, run.exitStatus());
        assertEquals(SESSION, session(run.text()));
    }

    @Test
    @NeedsHostTools
    void theSameSessionOnQemu() throws Exception {
        byte[] elf = SystemBuilder.defaultSystem();
        Run ours = emulator(elf, SCRIPT);
        Path image = Files.createTempFile("mkplay-system", ".elf");
        try {
            Files.write(image, elf);
            Qemu.Run qemu = Qemu.bootTyping(image, PROMPT, SCRIPT.getBytes(StandardCharsets.US_ASCII));
            assertEquals(0, qemu.exitStatus(), qemu.diagnostics());
            assertEquals(ours.text(), qemu.text().replace("\r\n", "\n"));
        } finally {
            Files.deleteIfExists(image);
        }
    }

    /** Instructions retired until the shell's first prompt is on the console (steps of 1,000). */
    static long instructionsToPrompt(byte[] elf) throws Exception {
        Machine machine = new Machine();
        StringBuilder console = new StringBuilder();
        machine.setOutput(b -> console.append((char) b));
        machine.load(elf);
        while (console.indexOf("mk$ ") < 0
                && machine.counters().instructions() < 10 * BOOT_BUDGET
                && !machine.halted()) {
            machine.run(1_000);
        }
        return machine.counters().instructions();
    }

    @Test
    void bootsToThePromptWithinTwoMillionInstructionsTheSameEveryTime() throws Exception {
        long first = instructionsToPrompt(SystemBuilder.defaultSystem());
        System.out.println("default system: the prompt after " + first + " instructions");
        assertTrue(first <= BOOT_BUDGET, first + " instructions to the prompt");
        assertEquals(first, instructionsToPrompt(SystemBuilder.defaultSystem()));
    }
}
