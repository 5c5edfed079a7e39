import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;

/** Lesson 4: a client that finds its servers by name, and handles what can go wrong. */
public class Client {
    static final long UPPER = 1;

    public static void main(String[] args) {
        Message m = new Message();

        Cap upper = Names.lookup("upper");
        if (upper == null) {
            System.out.println("client: no server named upper");
            return;
        }
        long status = Ipc.call(upper, m.clear().label(UPPER).put("hello, names"));
        System.out.println(status == 0 ? "client: upper says " + m.text() : "client: upper failed: " + Ipc.error(status));

        Cap nosuch = Names.lookup("nosuch");
        if (nosuch == null) System.out.println("client: nosuch is not registered");

        Cap secret = Names.lookup("secret");
        if (secret == null) {
            System.out.println("client: secret is not registered");
        } else {
            status = Ipc.call(secret, m.clear().label(1));
            System.out.println(status == 0
                    ? "client: secret says " + m.text()
                    : "client: secret found, call refused: " + Ipc.error(status));
        }
    }
}
