import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;
import org.mkplay.mk.Timer;
import org.mkplay.vmmagic.Abi;

/**
 * The supervisor (init): starts every program of the system, is the fault endpoint of each, restarts a program
 * that faults (its data and heap afresh from its image) after a back-off that doubles with each fault (1, 2, ...
 * clock ticks) until it has faulted MAX_FAULTS times, and answers the shell: PS (the table of programs, with
 * the instructions the kernel counted for each), KILL and
 * HALT. While it waits out a back-off it serves nobody: callers of the faulted server wait, and get DEAD when the
 * restart comes.
 */
public class Supervisor extends Server {
    /** Labels of the supervisor's protocol (the shell's requests). */
    static final long PS = 1, KILL = 2, HALT = 3;
    static final int MAX_FAULTS = 3;
    static final String[] STATES = {"running", "killed", "exited", "failed"};
    static final int RUNNING = 0, KILLED = 1, EXITED = 2, FAILED = 3;

    private final int n = SystemPrograms.NAMES.length;
    private final int[] state = new int[n], faults = new int[n], restarts = new int[n];

    @Override
    protected void handle(Message request, Message answer) {
        int k = (int) request.badge() - 1;
        if (request.label() == LABEL_FAULT) {
            faulted(k, request.word(0), request.word(1));
        } else if (request.label() == LABEL_EXIT) {
            state[k] = EXITED;
            Console.println("supervisor: " + name(k) + " exited with status " + request.word(0));
        } else if (request.label() == PS) {
            table(answer);
        } else if (request.label() == KILL) {
            answer.add(kill(request));
        } else if (request.label() == HALT) {
            halt();
        }
    }

    /**
     * One console line, printed when the fault arrives (so that it never interleaves with what the shell echoes
     * while the back-off runs), then the back-off, then the restart.
     */
    private void faulted(int k, long cause, long pc) {
        faults[k]++;
        String what = "supervisor: " + name(k) + " faulted (" + cause(cause) + " at pc 0x" + Long.toHexString(pc) + ")";
        if (faults[k] >= MAX_FAULTS) {
            state[k] = FAILED;
            Ipc.syscall(Abi.SYS_KILL, Cap.process(k).slot, 0, 0); // its clients get DEAD from now on
            Console.println(what + ", " + faults[k] + " faults: giving up");
            return;
        }
        int backOff = 1 << (faults[k] - 1);
        restarts[k]++;
        Console.println(what + ", restarting it in " + backOff + (backOff == 1 ? " tick" : " ticks") + " (restart "
            + restarts[k] + " of " + (MAX_FAULTS - 1) + ")");
        Timer.sleep(backOff);
        Ipc.syscall(Abi.SYS_RESTART, Cap.process(k).slot, 0, 0);
    }

    private long kill(Message request) {
        for (int k = 0; k < n; k++) {
            if (k == SystemPrograms.SUPERVISOR || !request.textEquals(SystemPrograms.NAMES[k])) continue;
            long status = Ipc.syscall(Abi.SYS_KILL, Cap.process(k).slot, 0, 0);
            if (status == 0) state[k] = KILLED;
            return status;
        }
        return Abi.E_BAD_ARGUMENT;
    }

    private void table(Message answer) {
        answer.put("NAME        STATE    PRI  INSTRUCTIONS  FAULTS  RESTARTS\n");
        for (int k = 0; k < n; k++) {
            answer.put(pad(name(k), 12)).put(pad(STATES[state[k]], 9)).put(pad("" + SystemPrograms.PRIORITIES[k], 5))
                .put(pad("" + Cap.process(k).instructions(), 14)).put(pad("" + faults[k], 8)).put("" + restarts[k])
                .put("\n");
        }
    }

    /** Stops every other program, the console last, then itself: the kernel powers off when nothing can run. */
    private void halt() {
        Console.println("supervisor: halting");
        for (int k = n - 1; k >= 0; k--) {
            if (k != SystemPrograms.SUPERVISOR && !name(k).equals("console")) Ipc.syscall(Abi.SYS_KILL, Cap.process(k).slot, 0, 0);
        }
        for (int k = 0; k < n; k++) if (name(k).equals("console")) Ipc.syscall(Abi.SYS_KILL, Cap.process(k).slot, 0, 0);
        System.exit(0);
    }

    static String name(int k) {
        return k >= 0 && k < SystemPrograms.NAMES.length ? SystemPrograms.NAMES[k] : "program " + k;
    }

    static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) b.append(' ');
        return b.toString();
    }

    /** The privileged specification's name of an exception cause. */
    static String cause(long scause) {
        switch ((int) scause) {
            case 0: return "instruction address misaligned";
            case 1: return "instruction access fault";
            case 2: return "illegal instruction";
            case 3: return "breakpoint: a failed check";
            case 4: return "load address misaligned";
            case 5: return "load access fault";
            case 6: return "store address misaligned";
            case 7: return "store access fault";
            case 12: return "instruction page fault";
            case 13: return "load page fault";
            case 15: return "store page fault";
            default: return "cause " + scause;
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k < SystemPrograms.NAMES.length; k++) {
            if (k != SystemPrograms.SUPERVISOR) Ipc.syscall(Abi.SYS_SPAWN, Cap.process(k).slot, 0, 0);
        }
        Names.register("supervisor");
        Console.println("supervisor: started " + (SystemPrograms.NAMES.length - 1) + " programs");
        new Supervisor().serve();
    }
}
