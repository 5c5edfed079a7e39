import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.vmmagic.Abi;

/** Lesson 5: carol derives capabilities from her own, and finds out what each one may do. */
public class Carol {
    static final long ADD = 1, TOTAL = 2;
    static final Message m = new Message();

    public static void main(String[] args) {
        Cap tally = Cap.program(0); // slot 16: SEND on tally's endpoint, badged 4 (carol is program 3)
        Cap copy = new Cap(30), weak = new Cap(31), forged = new Cap(32); // three empty slots

        // TODO 3: copy tally into slot 30 keeping the right to SEND (tally.copyTo(copy, Abi.RIGHT_SEND)), ADD 5
        //         through the copy, and print "carol: the copy adds as carol, total " and word 0 of the answer.

        // TODO 4: copy tally into slot 31 with only Abi.RIGHT_RECEIVE, ADD 1000 through that copy, and print
        //         "carol: a copy without SEND: " and Ipc.error(status).

        // TODO 5: try to copy tally into slot 32 with SEND and badge 2 (alice's), and print
        //         "carol: posing as alice: " and Ipc.error of what copyTo returned.

        // TODO 6: delete slot 30 (copy.delete()), ADD 1000 through it again, and print
        //         "carol: after delete: " and Ipc.error(status).

        long status = Ipc.call(tally, m.clear().label(TOTAL));
        System.out.println(status == 0 ? "carol: total " + m.word(0) : "carol: no total (" + Ipc.error(status) + ")");
    }
}
