import org.mkplay.mk.Ipc;
import org.mkplay.vmmagic.Abi;

/** Lesson 2: system calls by hand. */
public class Traps {
    /** Writes one byte to the UART through the kernel: syscall 19 (DEBUG_PUTC), the byte in a0. */
    static long putc(int c) {
        // TODO 1: trap into the kernel with Ipc.syscall(number, a0, a1, a2) and return its status.
        //         The number is Abi.SYS_DEBUG_PUTC (19); a0 is the byte.
        return 0;
    }

    /** Prints a line with putc, one system call per character. */
    static void say(String line) {
        for (int i = 0; i < line.length(); i++) putc(line.charAt(i));
        putc('\n');
    }

    /** "NAME: STATUS ERROR", for example "syscall 42: -1 BAD_SYSCALL". */
    static void report(String what, long status) {
        say(what + ": " + status + " " + Ipc.error(status));
    }

    public static void main(String[] args) {
        say("hello from U-mode");

        // TODO 2: ask for system call 42, which the kernel does not have, and report(...) its status as
        //         "syscall 42".
        // TODO 3: report the status of putc(300) as "putc 300": a byte is 0..255.
        // TODO 4: report a CALL (Abi.SYS_CALL) through capability slot 9, which this program's table leaves
        //         empty, as "call slot 9".
        // TODO 5: end with the EXIT system call (Abi.SYS_EXIT), passing the status system call 42 returned.
    }
}
