import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;

/**
 * The lesson's tester: holds the server registered as "store" to the lesson's protocol, one request at a time,
 * and prints a line for each answer that is not the protocol's, then the score.
 */
public class StoreTester {
    /** Requests (the label) and answers (the label) of the protocol, as in the lesson. */
    static final long PUT = 1, GET = 2, DELETE = 3, SIZE = 4;
    static final long OK = 0, NOT_FOUND = 1, BAD_REQUEST = 2;
    static final String[] REQUESTS = {"", "PUT", "GET", "DELETE", "SIZE"};
    static final String[] ANSWERS = {"OK", "NOT_FOUND", "BAD_REQUEST", "FULL"};

    private static Cap store;
    private static final Message m = new Message();
    private static int asked, right;

    public static void main(String[] args) {
        store = Names.lookup("store");
        if (store == null) {
            Console.println("tester: no server registered the name \"store\"");
            return;
        }
        expect(GET, "color", NOT_FOUND, null);
        expect(PUT, "color=blue", OK, null);
        expect(GET, "color", OK, "blue");
        expect(PUT, "color=green", OK, null);
        expect(GET, "color", OK, "green");
        expect(GET, "colo", NOT_FOUND, null);
        expect(PUT, "shape=round", OK, null);
        expectSize(2);
        expect(DELETE, "shape", OK, null);
        expect(GET, "shape", NOT_FOUND, null);
        expect(DELETE, "shape", NOT_FOUND, null);
        expect(PUT, "novalue", BAD_REQUEST, null);
        expect(PUT, "=x", BAD_REQUEST, null);
        expect(PUT, "empty=", OK, null);
        expect(GET, "empty", OK, "");
        for (int i = 0; i < 20; i++) expect(PUT, "k" + i + "=v" + i, OK, null);
        expect(GET, "k7", OK, "v7");
        expect(GET, "k19", OK, "v19");
        expectSize(22);
        Console.println("tester: " + right + " of " + asked + " answers right");
    }

    private static void expect(long request, String text, long answer, String value) {
        m.clear().label(request).put(text);
        if (!ask(request, text)) return;
        boolean ok = m.label() == answer && (value == null || m.textEquals(value));
        if (ok) {
            right++;
            return;
        }
        Console.println("tester: " + REQUESTS[(int) request] + " \"" + text + "\": expected " + ANSWERS[(int) answer]
                + (value == null ? "" : " \"" + value + "\"") + ", got " + answerName(m.label())
                + (m.length() == 0 ? "" : " \"" + m.text() + "\""));
    }

    private static void expectSize(long n) {
        m.clear().label(SIZE);
        if (!ask(SIZE, "")) return;
        if (m.label() == OK && m.words() == 1 && m.word(0) == n) {
            right++;
            return;
        }
        Console.println("tester: SIZE: expected OK with word 0 = " + n + ", got " + answerName(m.label())
                + (m.words() == 0 ? " with no word" : " with word 0 = " + m.word(0)));
    }

    /** Sends the request in m; false (and a line) if the call itself failed. */
    private static boolean ask(long request, String text) {
        asked++;
        long status = Ipc.call(store, m);
        if (status == 0) return true;
        Console.println("tester: " + REQUESTS[(int) request] + " \"" + text + "\": the call failed, " + Ipc.error(status));
        return false;
    }

    private static String answerName(long label) {
        return label >= 0 && label < ANSWERS.length ? ANSWERS[(int) label] : "label " + label;
    }
}
