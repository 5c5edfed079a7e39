import org.mkplay.mk.Kv;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * The key-value store: an open-addressing hash table of SLOTS entries (FNV-1a over the key's bytes, linear probing,
 * a removed entry left as a tombstone so that later entries of its probe chain stay reachable). Keys and values live
 * in arrays allocated at start: serving never allocates. A restart (after a fault) starts empty.
 */
public class KvServer extends Server {
    static final int SLOTS = 32;
    /** keyLength of a slot never used, and of a removed entry's slot. */
    static final int EMPTY = -1, REMOVED = -2;

    private final byte[][] keys = new byte[SLOTS][Kv.MAX_KEY];
    private final int[] keyLength = new int[SLOTS];
    private final byte[][] values = new byte[SLOTS][Kv.MAX_VALUE];
    private final int[] valueLength = new int[SLOTS];

    KvServer() {
        for (int i = 0; i < SLOTS; i++) keyLength[i] = EMPTY;
    }

    @Override
    protected void handle(Message request, Message answer) {
        long label = request.label();
        int keyEnd = keyEnd(request);
        if (keyEnd == 0 || keyEnd > Kv.MAX_KEY) {
            answer.add(Kv.TOO_LONG);
        } else if (label == Kv.GET) {
            int slot = find(request, keyEnd);
            answer.add(slot < 0 ? Kv.NOT_FOUND : 0);
            if (slot >= 0) answer.put(values[slot], 0, valueLength[slot]);
        } else if (label == Kv.PUT) {
            answer.add(put(request, keyEnd));
        } else if (label == Kv.DELETE) {
            int slot = find(request, keyEnd);
            if (slot >= 0) keyLength[slot] = REMOVED;
            answer.add(slot < 0 ? Kv.NOT_FOUND : 0);
        }
    }

    /** PUT: the key, a zero byte, the value. */
    private long put(Message request, int keyEnd) {
        int valueLen = request.length() - keyEnd - 1;
        if (valueLen < 0 || valueLen > Kv.MAX_VALUE) return Kv.TOO_LONG;
        int slot = find(request, keyEnd);
        if (slot < 0) slot = insert(request, keyEnd);
        if (slot < 0) return Kv.FULL;
        for (int i = 0; i < valueLen; i++) values[slot][i] = (byte) request.byteAt(keyEnd + 1 + i);
        valueLength[slot] = valueLen;
        return 0;
    }

    /** The slot holding the key (the request's first n bytes), or -1. */
    private int find(Message request, int n) {
        int start = hash(request, n);
        for (int probe = 0; probe < SLOTS; probe++) {
            int slot = (start + probe) % SLOTS;
            if (keyLength[slot] == EMPTY) return -1;
            if (keyLength[slot] == n && sameKey(slot, request, n)) return slot;
        }
        return -1;
    }

    /** Stores the key in the first empty or removed slot of its probe chain; -1 when the table is full. */
    private int insert(Message request, int n) {
        int start = hash(request, n);
        for (int probe = 0; probe < SLOTS; probe++) {
            int slot = (start + probe) % SLOTS;
            if (keyLength[slot] >= 0) continue;
            for (int i = 0; i < n; i++) keys[slot][i] = (byte) request.byteAt(i);
            keyLength[slot] = n;
            return slot;
        }
        return -1;
    }

    private boolean sameKey(int slot, Message request, int n) {
        for (int i = 0; i < n; i++) if (keys[slot][i] != (byte) request.byteAt(i)) return false;
        return true;
    }

    /** FNV-1a of the first n bytes, reduced to a slot. */
    private static int hash(Message request, int n) {
        int h = 0x811c9dc5;
        for (int i = 0; i < n; i++) h = (h ^ request.byteAt(i)) * 0x01000193;
        return (h & 0x7fff_ffff) % SLOTS;
    }

    /** The key's length: the bytes before the first zero byte (all of them when there is none). */
    private static int keyEnd(Message request) {
        int end = 0;
        while (end < request.length() && request.byteAt(end) != 0) end++;
        return end;
    }

    public static void main(String[] args) {
        Names.register("kv");
        new KvServer().serve();
    }
}
