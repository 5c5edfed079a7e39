import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/** Adds the numbers 1 to 60 on the adder server, six to a message, and prints the sum the adder answers. */
public class Client {
    /** The adder is program 2 of the manifest. */
    static final int ADDER = 2;
    static final long ADD = 1;
    static final int COUNT = 60;

    public static void main(String[] args) {
        Cap adder = Cap.program(ADDER);
        Message m = new Message();
        long sum = 0;
        int n = 1;
        while (n <= COUNT) {
            m.clear().label(ADD);
            // A message carries up to 6 words, in registers: one call does the work of six.
            for (int i = 0; i < Message.MAX_WORDS && n <= COUNT; i++) m.add(n++);
            if (Ipc.call(adder, m) != 0) {
                Console.println("client: the adder failed");
                return;
            }
            sum = m.word(0);
        }
        Console.println("client: sum " + sum);
    }
}
