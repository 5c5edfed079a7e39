package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.system.SystemRuns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.mkplay.system.SystemRuns.Run;
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
    /** Echo and the file server's commands, typed here and in PlacementTest's session. */
    static final String ECHO_AND_FILES_SCRIPT = "echo hello, world\nwrite notes a microkernel keeps policy out\n"
            + "write todo boot\nls\ncat notes\nrm todo\nls\ncat todo\n";

    /** What they print (after the prompt of the command before them). */
    static final String ECHO_AND_FILES = """
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
        """;

    static final String SCRIPT = "help\nps\n" + ECHO_AND_FILES_SCRIPT
            + "crash echo\necho again\ncrash echo\ncrash echo\necho gone\nps\nkill nosuch\nnosuch\nhalt\n";

    /** What the session prints after the boot's per-process lines (pc and frame counts vary with the code). */
    static final String SESSION = """
        supervisor: started 6 programs
        mkplay shell: type help
        mk$ help
        help          this list
        ps            the programs: state, priority, instructions, faults, restarts
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
        NAME        STATE    PRI  INSTRUCTIONS  FAULTS  RESTARTS
        supervisor  running  14   N             0       0
        names       running  12   N             0       0
        console     running  11   N             0       0
        echo        running  8    N             0       0
        files       running  7    N             0       0
        shell       running  4    N             0       0
        kv          running  6    N             0       0
        """ + ECHO_AND_FILES + """
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
        NAME        STATE    PRI  INSTRUCTIONS  FAULTS  RESTARTS
        supervisor  running  14   N             0       0
        names       running  12   N             0       0
        console     running  11   N             0       0
        echo        failed   8    N             3       2
        files       running  7    N             0       0
        shell       running  4    N             0       0
        kv          running  6    N             0       0
        mk$ kill nosuch
        kill: cannot kill 'nosuch'
        mk$ nosuch
        nosuch: unknown command (try help)
        mk$ halt
        supervisor: halting
        exit: thread 0 (process 0) status 0
        kernel: no thread can run, N frames in use, powering off
        """;

    /** Each ps table of the console: program name to its instruction count, in the order printed. */
    static List<Map<String, Long>> psTables(String console) {
        List<Map<String, Long>> tables = new ArrayList<>();
        for (String part : console.split("mk\\$ ps\n")) {
            Map<String, Long> table = new LinkedHashMap<>();
            Matcher m = PS_ROW.matcher(part.split("mk\\$ ")[0]);
            while (m.find()) table.put(m.group(1), Long.parseLong(m.group(4)));
            if (!table.isEmpty()) tables.add(table);
        }
        return tables;
    }

    @Test
    void psCountsGrowAndTheBusyShellOutrunsTheIdleKv() throws Exception {
        Run run = typing(SystemBuilder.defaultSystem(), SCRIPT);
        List<Map<String, Long>> tables = psTables(run.text());
        assertEquals(2, tables.size(), run.text());
        Map<String, Long> first = tables.get(0), second = tables.get(1);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertTrue(first.get(name) > 0, name + " ran: " + first);
            assertTrue(second.get(name) >= first.get(name), name + " went back: " + first + " then " + second);
        }
        // between the two ps the shell ran twelve commands and the key-value server none
        long shellWork = second.get("shell") - first.get("shell"), kvWork = second.get("kv") - first.get("kv");
        assertTrue(shellWork > 10_000, "the shell's work " + shellWork);
        assertTrue(shellWork > 100 * kvWork, "the shell's " + shellWork + " against the idle kv's " + kvWork);
        assertTrue(second.get("echo") > first.get("echo"), "echo served calls: " + first + " then " + second);
    }

    @Test
    void scriptedSessionOnOurEmulator() throws Exception {
        Run run = typing(SystemBuilder.defaultSystem(), SCRIPT);
        assertTrue(run.halted(), run.text());
        assertEquals(0, run.exitStatus());
        assertEquals(SESSION, session(run.text()));
    }

    @Test
    @NeedsHostTools
    void theSameSessionOnQemu() throws Exception {
        byte[] elf = SystemBuilder.defaultSystem();
        Run ours = typing(elf, SCRIPT);
        Qemu.Run qemu = qemuTyping(elf, SCRIPT);
        assertEquals(0, qemu.exitStatus(), qemu.diagnostics());
        assertEquals(
                neutralInstructions(ours.text()),
                neutralInstructions(qemu.text().replace("\r\n", "\n")));
    }

    @Test
    void bootsToThePromptWithinTwoMillionInstructionsTheSameEveryTime() throws Exception {
        long first = instructionsToPrompt(SystemBuilder.defaultSystem());
        System.out.println("default system: the prompt after " + first + " instructions");
        assertTrue(first <= BOOT_BUDGET, first + " instructions to the prompt");
        assertEquals(first, instructionsToPrompt(SystemBuilder.defaultSystem()));
    }
}
