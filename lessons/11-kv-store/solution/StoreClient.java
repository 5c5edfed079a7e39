import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;

/** A client of the store: keeps two facts there, reads one back, and asks for one that was never stored. */
public class StoreClient {
    static final long PUT = 1, GET = 2;
    static final long OK = 0, NOT_FOUND = 1;

    private static final Message m = new Message();

    public static void main(String[] args) {
        Cap store = Names.lookup("store");
        if (store == null) {
            Console.println("client: no server registered the name \"store\"");
            return;
        }
        put(store, "lesson=11");
        put(store, "kernel=microkernel");
        show(store, "kernel");
        show(store, "nothing");
    }

    static void put(Cap store, String keyValue) {
        long status = Ipc.call(store, m.clear().label(PUT).put(keyValue));
        if (status != 0 || m.label() != OK) Console.println("client: PUT " + keyValue + " failed");
    }

    static void show(Cap store, String key) {
        long status = Ipc.call(store, m.clear().label(GET).put(key));
        if (status != 0) Console.println("client: GET " + key + ": " + Ipc.error(status));
        else if (m.label() == NOT_FOUND) Console.println("client: " + key + " is not stored");
        else Console.println("client: " + key + " = " + m.text());
    }
}
