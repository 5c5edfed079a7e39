import org.mkplay.mk.Files;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * A RAM file system: a flat directory of at most FILES files of at most Files.MAX_SIZE bytes, all in memory allocated
 * at start (the heap grows only by a new file's name). A restart (after a fault) starts from its image: the files
 * are gone. Files are read and written whole by name, or through handles (at most HANDLES open at once, each
 * belonging to the client whose badge opened it) at an offset.
 */
public class FileServer extends Server {
    static final int FILES = 8, HANDLES = 8;

    private final String[] names = new String[FILES];
    private final byte[][] contents = new byte[FILES][Files.MAX_SIZE];
    private final int[] sizes = new int[FILES];
    /** Open handles: the file (-1: free) and the badge of the client that opened it. */
    private final int[] handleFile = {-1, -1, -1, -1, -1, -1, -1, -1};
    private final long[] handleOwner = new long[HANDLES];

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
            for (int h = 0; k >= 0 && h < HANDLES; h++) if (handleFile[h] == k) handleFile[h] = -1;
            answer.add(k < 0 ? Files.NOT_FOUND : 0);
        } else if (label == Files.OPEN) {
            answer.add(open(request));
        } else if (label == Files.READ_AT) {
            readAt(request, answer);
        } else if (label == Files.WRITE_AT) {
            answer.add(writeAt(request));
        } else if (label == Files.CLOSE) {
            int h = handle(request);
            if (h >= 0) handleFile[h] = -1;
            answer.add(h < 0 ? Files.BAD_HANDLE : 0);
        }
    }

    /** OPEN: word 0 the flags, the bytes the name; a free handle on the file (created and emptied with CREATE). */
    private long open(Message request) {
        int n = request.length();
        if (n == 0 || request.words() < 1) return Files.NOT_FOUND;
        int k = find(request, n);
        boolean create = request.word(0) == Files.CREATE;
        if (k < 0 && !create) return Files.NOT_FOUND;
        int h = 0;
        while (h < HANDLES && handleFile[h] >= 0) h++;
        if (k < 0) k = free();
        if (k < 0 || h == HANDLES) return Files.FULL;
        if (names[k] == null) names[k] = nameOf(request, n);
        if (create) sizes[k] = 0;
        handleFile[h] = k;
        handleOwner[h] = request.badge();
        return h;
    }

    /** READ_AT: words handle, offset, count; the answer's word 0 the count read, its bytes the data. */
    private void readAt(Message request, Message answer) {
        int h = request.words() < 3 ? -1 : handle(request);
        long offset = h < 0 ? 0 : request.word(1), count = h < 0 ? 0 : request.word(2);
        if (h < 0 || offset < 0 || count < 0) {
            answer.add(Files.BAD_HANDLE);
            return;
        }
        int k = handleFile[h];
        long end = Math.min(Math.min(offset + count, sizes[k]), offset + Message.MAX_BYTES);
        answer.add(end > offset ? end - offset : 0);
        if (end > offset) answer.put(contents[k], (int) offset, (int) (end - offset));
    }

    /** WRITE_AT: words handle, offset; the bytes the data; the count written (the file grows to at most MAX_SIZE). */
    private long writeAt(Message request) {
        int h = request.words() < 2 ? -1 : handle(request);
        long offset = h < 0 ? 0 : request.word(1);
        if (h < 0 || offset < 0 || offset > Files.MAX_SIZE) return Files.BAD_HANDLE;
        int k = handleFile[h], o = (int) offset;
        int n = Math.min(request.length(), Files.MAX_SIZE - o);
        for (int i = 0; i < n; i++) contents[k][o + i] = (byte) request.byteAt(i);
        if (o > sizes[k]) for (int i = sizes[k]; i < o; i++) contents[k][i] = 0;
        if (o + n > sizes[k]) sizes[k] = o + n;
        return n;
    }

    /** The open handle in word 0 that belongs to the caller, or -1. */
    private int handle(Message request) {
        if (request.words() < 1) return -1;
        long h = request.word(0);
        if (h < 0 || h >= HANDLES || handleFile[(int) h] < 0 || handleOwner[(int) h] != request.badge()) return -1;
        return (int) h;
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
