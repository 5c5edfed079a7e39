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
        // The same server, the same bug, placed in the kernel: nobody is left to restart anything.
        Console.println("client: now DIV 0 on kacc, in the kernel");
        acc = Cap.program(KACC);
        divide(0);
        Console.println("client: still here");
    }

    static void add(long n) {
        ask(ADD, n);
        total += n;
    }

    static void divide(long n) {
        long status = Ipc.call(acc, m.clear().label(DIV).add(n));
        if (status == Abi.E_DEAD) {
            // The request killed the server: sending it again would kill the new instance too. Report it and skip it.
            Console.println("client: DIV " + n + " killed acc");
            // The supervisor restarts acc from its image: its total is 0 again. Give it back what it lost.
            long restored = ask(ADD, total);
            Console.println("client: acc restarted, total restored to " + restored);
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
