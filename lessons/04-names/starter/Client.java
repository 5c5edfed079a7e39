import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;

/** Lesson 4: a client that finds its servers by name, and handles what can go wrong. */
public class Client {
    static final long UPPER = 1;

    public static void main(String[] args) {
        Message m = new Message();

        // TODO 1: ask the name service for the server registered as "upper" (Names.lookup).
        Cap upper = null;
        if (upper == null) {
            System.out.println("client: no server named upper");
            return;
        }
        // TODO 2: call it with label UPPER and the text "hello, names"; print "client: upper says " and the
        //         answer's text, or "client: upper failed: " and Ipc.error(status) if the call failed.

        // TODO 3: look up "nosuch", which nobody registered, and print "client: nosuch is not registered".

        // TODO 4: look up "secret". It is registered, so you get a Cap: call it (any label) and print
        //         "client: secret says " + its text if the call worked, or
        //         "client: secret found, call refused: " + Ipc.error(status) if it did not.
    }
}
