import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/** Lesson 5's client alice (not yours to edit): adds 1, 2 and 3 to its tally, then prints its total. */
public class Alice {
    static final long ADD = 1, TOTAL = 2;

    public static void main(String[] args) {
        Cap tally = Cap.program(0);
        Message m = new Message();
        long[] amounts = {1, 2, 3};
        for (long amount : amounts) {
            long status = Ipc.call(tally, m.clear().label(ADD).add(amount));
            if (status != 0) System.out.println("alice: ADD failed: " + Ipc.error(status));
        }
        long status = Ipc.call(tally, m.clear().label(TOTAL));
        if (status == 0 && m.words() == 1) System.out.println("alice: total " + m.word(0));
        else System.out.println("alice: no total (" + Ipc.error(status) + ")");
    }
}
