import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * The name service: a server registers the name of its endpoint (the badge of its capability says which program
 * it is: program k calls with badge k + 1, and its endpoint is endpoint k); a lookup answers the program number
 * in word 0, or -1.
 */
public class NameServer extends Server {
    private final String[] names = new String[SystemPrograms.NAMES.length];

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == Names.REGISTER) {
            int k = (int) request.badge() - 1;
            if (k < 0 || k >= names.length || !SystemPrograms.SERVES[k]) {
                answer.add(-1);
                return;
            }
            names[k] = request.text();
            answer.add(k);
        } else if (request.label() == Names.LOOKUP) {
            answer.add(find(request));
        }
    }

    private int find(Message request) {
        for (int k = 0; k < names.length; k++) if (names[k] != null && request.textEquals(names[k])) return k;
        return unregistered(request);
    }

    /** The answer to a lookup of a name nobody registered: -1 here; a name service built on this one may know more. */
    protected int unregistered(Message request) {
        return -1;
    }

    public static void main(String[] args) {
        new NameServer().serve();
    }
}
