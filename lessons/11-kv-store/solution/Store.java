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
        if (label == PUT) {
            answer.label(put(request.text()));
        } else if (label == GET) {
            String value = values.get(request.text());
            if (value == null) answer.label(NOT_FOUND);
            else answer.label(OK).put(value);
        } else if (label == DELETE) {
            answer.label(values.remove(request.text()) == null ? NOT_FOUND : OK);
        } else if (label == SIZE) {
            answer.label(OK).add(values.size());
        } else {
            answer.label(BAD_REQUEST);
        }
    }

    /** PUT "key=value": the key is everything before the first '='. */
    private long put(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) return BAD_REQUEST;
        String key = text.substring(0, eq);
        if (!values.containsKey(key) && values.size() == MAX_KEYS) return FULL;
        values.put(key, text.substring(eq + 1));
        return OK;
    }

    public static void main(String[] args) {
        Names.register("store");
        new Store().serve();
    }
}
