import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * The name service a module's benchmark adds to a lesson's system that has none (the backend's BenchmarkSystem): the
 * default system's, except that a name nobody registered is looked up among the programs that serve, by their
 * manifest names. So the benchmark's client finds a lesson's server that registers no name (lesson 3's echo: the
 * course meets the name service in lesson 4); a registered name still wins.
 */
public class BenchNames extends Server {
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
            int k = registered(request);
            answer.add(k >= 0 ? k : serving(request));
        }
    }

    private int registered(Message request) {
        for (int k = 0; k < names.length; k++) if (names[k] != null && request.textEquals(names[k])) return k;
        return -1;
    }

    private static int serving(Message request) {
        for (int k = 0; k < SystemPrograms.NAMES.length; k++) {
            if (SystemPrograms.SERVES[k] && request.textEquals(SystemPrograms.NAMES[k])) return k;
        }
        return -1;
    }

    public static void main(String[] args) {
        new BenchNames().serve();
    }
}
