import org.mkplay.mk.Files;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * A RAM file system: a flat directory of at most FILES files of at most Files.MAX_SIZE bytes, all in memory allocated
 * at start (the heap never grows while serving). A restart (after a fault) starts from its image: the files are gone.
 */
public class FileServer extends Server {
    static final int FILES = 8;

    private final String[] names = new String[FILES];
    private final byte[][] contents = new byte[FILES][Files.MAX_SIZE];
    private final int[] sizes = new int[FILES];

    @Override
    protected void handle(Message request, Message answer) {
        long label = request.label();
        if (label == Files.LIST) {
            for (int k = 0; k < FILES; k++) if (names[k] != null) answer.put(names[k]).put('\n');
        } else if (label == Files.READ) {
            int k = find(request, request.length());
            answer.add(k < 0 ? Files.NOT_FOUND : 0);
            for (int i = 0; k >= 0 && i < sizes[k]; i++) answer.put(contents[k][i]);
        } else if (label == Files.WRITE) {
            answer.add(write(request));
        } else if (label == Files.DELETE) {
            int k = find(request, request.length());
            if (k >= 0) names[k] = null;
            answer.add(k < 0 ? Files.NOT_FOUND : 0);
        }
    }

    /** WRITE: the name, a zero byte, the contents. */
    private long write(Message request) {
        int end = 0;
        while (end < request.length() && request.byteAt(end) != 0) end++;
        if (end == 0 || end == request.length()) return Files.NOT_FOUND;
        int k = find(request, end);
        if (k < 0) k = free();
        if (k < 0) return Files.FULL;
        if (names[k] == null) names[k] = nameOf(request, end);
        sizes[k] = 0;
        for (int i = end + 1; i < request.length(); i++) contents[k][sizes[k]++] = (byte) request.byteAt(i);
        return 0;
    }

    /** The file whose name is the request's first n bytes, or -1 (no allocation). */
    private int find(Message request, int n) {
        for (int k = 0; k < FILES; k++) {
            String name = names[k];
            if (name == null || name.length() != n) continue;
            int i = 0;
            while (i < n && request.byteAt(i) == name.charAt(i)) i++;
            if (i == n) return k;
        }
        return -1;
    }

    private int free() {
        for (int k = 0; k < FILES; k++) if (names[k] == null) return k;
        return -1;
    }

    private static String nameOf(Message request, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) request.byteAt(i));
        return b.toString();
    }

    public static void main(String[] args) {
        Names.register("files");
        new FileServer().serve();
    }
}
