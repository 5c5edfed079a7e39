import org.mkplay.mk.Ipc;
import org.mkplay.vmmagic.Abi;

/** Lesson 2: system calls by hand. Every line this program prints is one ecall per byte. */
public class Traps {
    /** Writes one byte to the UART through the kernel: syscall 19 (DEBUG_PUTC), the byte in a0. */
    static long putc(int c) {
        return Ipc.syscall(Abi.SYS_DEBUG_PUTC, c, 0, 0);
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

        long bad = Ipc.syscall(42, 0, 0, 0);
        report("syscall 42", bad);

        report("putc 300", putc(300));

        report("call slot 9", Ipc.syscall(Abi.SYS_CALL, 9, 0, 0));

        Ipc.syscall(Abi.SYS_EXIT, bad, 0, 0);
        say("not reached: EXIT does not return");
    }
}
