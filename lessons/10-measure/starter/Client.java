import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/**
 * Adds the numbers 1 to 60 on an adder server and prints the sum the adder answers: on adder (a process in user
 * space) and on kadder (the same server placed in the kernel).
 */
public class Client {
    /** adder and kadder are programs 2 and 3 of the manifest. */
    static final int ADDER = 2, KADDER = 3;
    static final long ADD = 1;
    static final int COUNT = 60;

    private static final Message m = new Message();

    public static void main(String[] args) {
        Console.println("client: sum " + sum(Cap.program(ADDER)) + " (adder, in user space)");
        // TODO 2: the same sum on kadder, printed as "client: sum 1830 (kadder, in the kernel)".
    }

    /** 1 + 2 + ... + COUNT, added by the server; -1 if a call fails. */
    static long sum(Cap server) {
        long sum = 0;
        // TODO 1: one call per number is 60 round trips through the kernel. A message carries up to
        //         Message.MAX_WORDS (6) words, and the adder adds them all: do the same work in 10 calls.
        for (int n = 1; n <= COUNT; n++) {
            m.clear().label(ADD).add(n);
            if (Ipc.call(server, m) != 0) return -1;
            sum = m.word(0);
        }
        return sum;
    }
}
