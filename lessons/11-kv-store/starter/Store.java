import java.util.HashMap;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * A key-value store: a server that keeps text values under text keys, in its own memory.
 *
 * <p>The protocol (the request's label; the answer's label is the status):
 * PUT "key=value" stores the value; GET "key" answers the value; DELETE "key" removes it; SIZE answers the number of
 * keys in word 0. Answers: OK, NOT_FOUND (no such key), BAD_REQUEST (a PUT without '=' or with an empty key, an
 * unknown label), FULL (no room for another key).
 */
public class Store extends Server {
    static final long PUT = 1, GET = 2, DELETE = 3, SIZE = 4;
    static final long OK = 0, NOT_FOUND = 1, BAD_REQUEST = 2, FULL = 3;
    static final int MAX_KEYS = 64;

    private final HashMap<String, String> values = new HashMap<>();

    @Override
    protected void handle(Message request, Message answer) {
        long label = request.label();
        // request.text() is the request's bytes as a String; answer.label(...) sets the status,
        // answer.put(text) appends bytes, answer.add(n) appends a word. The answer starts empty, label OK.
        if (label == PUT) {
            // TODO 1: split "key=value" at the first '='; store the value under the key (OK), or answer
            //         BAD_REQUEST when there is no '=' or the key is empty, FULL when MAX_KEYS other keys are stored.
        } else if (label == GET) {
            // TODO 2: answer OK and the value, or NOT_FOUND.
        } else if (label == DELETE) {
            // TODO 3: remove the key: OK, or NOT_FOUND if it was not there.
        } else if (label == SIZE) {
            answer.label(OK).add(values.size());
        } else {
            answer.label(BAD_REQUEST);
        }
    }

    public static void main(String[] args) {
        Names.register("store");
        new Store().serve();
    }
}
