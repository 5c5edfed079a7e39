import org.mkplay.mk.Message;

/**
 * The name service a module's benchmark adds to a lesson's system that has none (the backend's BenchmarkSystem): the
 * default system's {@code NameServer}, except that a name nobody registered is looked up among the programs that
 * serve, by their manifest names. So the benchmark's client finds a lesson's server that registers no name (lesson
 * 3's echo: the course meets the name service in lesson 4); a registered name still wins.
 */
public class BenchNames extends NameServer {
    @Override
    protected int unregistered(Message request) {
        for (int k = 0; k < SystemPrograms.NAMES.length; k++) {
            if (SystemPrograms.SERVES[k] && request.textEquals(SystemPrograms.NAMES[k])) return k;
        }
        return -1;
    }

    public static void main(String[] args) {
        new BenchNames().serve();
    }
}
