import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.vmmagic.Abi;

/** Lesson 5: carol derives capabilities from her own, and finds out what each one may do. */
public class Carol {
    static final long ADD = 1, TOTAL = 2;
    static final Message m = new Message();

    public static void main(String[] args) {
        Cap tally = Cap.program(0);
        Cap copy = new Cap(30), weak = new Cap(31), forged = new Cap(32);

        tally.copyTo(copy, Abi.RIGHT_SEND);
        long status = Ipc.call(copy, m.clear().label(ADD).add(5));
        System.out.println(status == 0
                ? "carol: the copy adds as carol, total " + m.word(0)
                : "carol: the copy failed: " + Ipc.error(status));

        tally.copyTo(weak, Abi.RIGHT_RECEIVE);
        status = Ipc.call(weak, m.clear().label(ADD).add(1000));
        System.out.println("carol: a copy without SEND: " + Ipc.error(status));

        status = tally.copyTo(forged, Abi.RIGHT_SEND, 2);
        System.out.println("carol: posing as alice: " + Ipc.error(status));

        copy.delete();
        status = Ipc.call(copy, m.clear().label(ADD).add(1000));
        System.out.println("carol: after delete: " + Ipc.error(status));

        status = Ipc.call(tally, m.clear().label(TOTAL));
        System.out.println(status == 0 ? "carol: total " + m.word(0) : "carol: no total (" + Ipc.error(status) + ")");
    }
}
