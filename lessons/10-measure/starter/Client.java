import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/** Adds the numbers 1 to 60 on the adder server and prints the sum the adder answers. */
public class Client {
    /** The adder is program 2 of the manifest. */
    static final int ADDER = 2;
    static final long ADD = 1;
    static final int COUNT = 60;

    public static void main(String[] args) {
        Cap adder = Cap.program(ADDER);
        Message m = new Message();
        long sum = 0;
        // TODO: one call per number is 60 round trips through the kernel. A message carries up to
        //       Message.MAX_WORDS (6) words, and the adder adds them all: do the same work in 10 calls.
        for (int n = 1; n <= COUNT; n++) {
            m.clear().label(ADD).add(n);
            if (Ipc.call(adder, m) != 0) {
                Console.println("client: the adder failed");
                return;
            }
            sum = m.word(0);
        }
        Console.println("client: sum " + sum);
    }
}
