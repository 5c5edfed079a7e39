import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/** Lesson 5's client bob (not yours to edit): adds 10 and 20 to its tally, then prints its total. */
public class Bob {
    static final long ADD = 1, TOTAL = 2;

    public static void main(String[] args) {
        Cap tally = Cap.program(0);
        Message m = new Message();
        long[] amounts = {10, 20};
        for (long amount : amounts) {
            long status = Ipc.call(tally, m.clear().label(ADD).add(amount));
            if (status != 0) System.out.println("bob: ADD failed: " + Ipc.error(status));
        }
        long status = Ipc.call(tally, m.clear().label(TOTAL));
        if (status == 0 && m.words() == 1) System.out.println("bob: total " + m.word(0));
        else System.out.println("bob: no total (" + Ipc.error(status) + ")");
    }
}
