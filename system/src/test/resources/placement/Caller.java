import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/**
 * Calls the adder 100 times, prints "a", calls it 1,000 times more, prints "b" (the test reads the machine's
 * counters at each mark: the second stretch is 1,000 round trips and the mark's own console byte), then asks the
 * adder for what a kernel-placed handler may not do.
 */
public class Caller {
    public static void main(String[] args) {
        Message m = new Message();
        calls(m, 100);
        System.out.print("a");
        calls(m, 1000);
        System.out.print("b");
        System.out.println();
        long s = Ipc.call(Cap.program(0), m.clear().label(2));
        System.out.println("refused: status " + s + ", " + m.word(0) + " " + m.word(1) + " " + m.word(2) + " "
                + m.word(3));
        s = Ipc.call(Cap.program(0), m.clear().label(1).add(41));
        System.out.println("then: status " + s + ", " + m.word(0));
    }

    private static void calls(Message m, int n) {
        for (int i = 0; i < n; i++) {
            long s = Ipc.call(Cap.program(0), m.clear().label(1).add(i));
            if (s != 0 || m.word(0) != i + 1) {
                System.out.println("wrong answer " + s + " to call " + i);
                System.exit(1);
            }
        }
    }
}
