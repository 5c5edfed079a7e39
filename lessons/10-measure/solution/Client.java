import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/**
 * Adds the numbers 1 to 60 on an adder server, six to a message, and prints the sum the adder answers: once on adder
 * (a process in user space), once on kadder (the same server placed in the kernel).
 */
public class Client {
    /** adder and kadder are programs 2 and 3 of the manifest. */
    static final int ADDER = 2, KADDER = 3;
    static final long ADD = 1;
    static final int COUNT = 60;

    private static final Message m = new Message();

    public static void main(String[] args) {
        Console.println("client: sum " + sum(Cap.program(ADDER)) + " (adder, in user space)");
        Console.println("client: sum " + sum(Cap.program(KADDER)) + " (kadder, in the kernel)");
    }

    /** 1 + 2 + ... + COUNT, added by the server; -1 if a call fails. */
    static long sum(Cap server) {
        long sum = 0;
        int n = 1;
        while (n <= COUNT) {
            m.clear().label(ADD);
            // A message carries up to 6 words, in registers: one call does the work of six.
            for (int i = 0; i < Message.MAX_WORDS && n <= COUNT; i++) m.add(n++);
            if (Ipc.call(server, m) != 0) return -1;
            sum = m.word(0);
        }
        return sum;
    }
}
