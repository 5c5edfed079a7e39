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
        // TODO 4: store "lesson=11" and "kernel=microkernel" (two PUT calls).
        // TODO 5: GET "kernel" and print "client: kernel = VALUE".
        // TODO 6: GET "nothing"; when the store answers NOT_FOUND print "client: nothing is not stored".
        Console.println("client: nothing done yet");
    }
}
