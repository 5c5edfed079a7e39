import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.vmmagic.Abi;

/** The accumulator's client: adds 10 and 32, divides by 0 (the server's bug), then by 2; then the same bug in the kernel. */
public class Client {
    static final long ADD = 1, DIV = 2, TOTAL = 3;

    /** acc and kacc are programs 3 and 4 of the manifest: the same server, in user space and in the kernel. */
    static final int ACC = 3, KACC = 4;

    private static final Message m = new Message();
    private static Cap acc = Cap.program(ACC);
    /** The client's own copy of the total: what the server would have if it never crashed. */
    private static long total;

    public static void main(String[] args) {
        add(10);
        add(32);
        divide(0);
        divide(2);
        Console.println("client: total " + ask(TOTAL, 0));
        // TODO 3: kacc is the same Accumulator placed in the kernel (Cap.program(KACC)). Print
        //         "client: now DIV 0 on kacc, in the kernel", then send it the same DIV 0. What do you expect?
    }

    static void add(long n) {
        ask(ADD, n);
        total += n;
    }

    static void divide(long n) {
        long status = Ipc.call(acc, m.clear().label(DIV).add(n));
        if (status == Abi.E_DEAD) {
            // TODO 1: the request killed the server. Say so: "client: DIV 0 killed acc" (with n). Should the
            //         client send the same request again? (Try it, and watch the supervisor's lines.)
            // TODO 2: the supervisor restarts acc from its image. What is its total now? Give it back what it
            //         lost, and print "client: acc restarted, total restored to T" with the total acc answers.
            Console.println("client: DIV " + n + ": " + Ipc.error(status));
            return;
        }
        total = m.word(0);
    }

    /** One call; the total the server answers. */
    static long ask(long label, long n) {
        long status = Ipc.call(acc, m.clear().label(label).add(n));
        if (status != 0) Console.println("client: " + Ipc.error(status));
        return m.word(0);
    }
}
