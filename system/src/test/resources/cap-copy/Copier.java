import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.vmmagic.Abi;

/** Cap.copyTo and Cap.delete against the kernel's rules (docs/kernel.md, Capabilities), one line per case. */
public class Copier {
    static final Message m = new Message();

    static String call(Cap c) {
        long status = Ipc.call(c, m.clear().label(1));
        return status == 0 ? "badge " + m.word(0) : Ipc.error(status);
    }

    public static void main(String[] args) {
        Cap badges = Cap.program(0), a = new Cap(30), b = new Cap(31), c = new Cap(32);
        // leave words in the library's registers: a3 must not become CAP_COPY's badge
        Ipc.call(badges, m.clear().label(1).add(7).add(8).add(9).add(10));
        System.out.println("own: " + call(badges));
        System.out.println("copy send: " + Ipc.error(badges.copyTo(a, Abi.RIGHT_SEND)) + ", " + call(a));
        System.out.println("copy again into it: " + Ipc.error(badges.copyTo(a, Abi.RIGHT_SEND)));
        System.out.println("copy receive only: " + Ipc.error(badges.copyTo(b, Abi.RIGHT_RECEIVE)) + ", " + call(b));
        System.out.println("rebadge: " + Ipc.error(badges.copyTo(c, Abi.RIGHT_SEND, 0x99)) + ", " + call(c));
        System.out.println("unknown rights: " + Ipc.error(badges.copyTo(c, 1 << 9)));
        System.out.println("delete: " + Ipc.error(a.delete()) + ", " + call(a) + ", again " + Ipc.error(a.delete()));
        System.out.println("copy from empty: " + Ipc.error(a.copyTo(c, Abi.RIGHT_SEND)));
    }
}
