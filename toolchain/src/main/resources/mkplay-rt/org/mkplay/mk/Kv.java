package org.mkplay.mk;

/**
 * The key-value store (the default system's {@code KvServer}, registered as "kv"): keys of at most {@link #MAX_KEY}
 * bytes map to values of at most {@link #MAX_VALUE} bytes. Each method is one call; a status below zero is the
 * kernel's error code (DEAD when the server died) or the server's answer ({@link #NOT_FOUND}, {@link #FULL},
 * {@link #TOO_LONG}).
 * <pre>
 *   Kv.put("colour", "green");
 *   String c = Kv.get("colour");                    // "green" (allocates the String)
 *   int n = Kv.get("colour", buffer);               // 5, the bytes in buffer (no allocation)
 * </pre>
 * The protocol: PUT's bytes are the key, a zero byte and the value; GET's and DELETE's the key. The answer's word 0
 * is 0 or the server's error; GET's bytes are the value.
 */
public final class Kv {
    private Kv() {}

    /** Labels of the store's protocol. */
    public static final long GET = 1, PUT = 2, DELETE = 3;
    /** The server's answers in word 0 (besides 0 for done). */
    public static final long NOT_FOUND = Client.NOT_FOUND, FULL = -101, TOO_LONG = -102;
    /** The longest key and value. */
    public static final int MAX_KEY = 64, MAX_VALUE = 1024;

    private static final Message m = new Message();
    private static final Client kv = new Client("kv");

    /** Sets key's value; 0, or why not. */
    public static long put(String key, String value) {
        if (key.length() > MAX_KEY || value.length() > MAX_VALUE) return TOO_LONG;
        return kv.ask(m.clear().label(PUT).put(key).put(0).put(value));
    }

    /** Sets key's value to the first {@code count} bytes of {@code value}; 0, or why not. */
    public static long put(String key, byte[] value, int count) {
        if (key.length() > MAX_KEY || count > MAX_VALUE) return TOO_LONG;
        return kv.ask(m.clear().label(PUT).put(key).put(0).put(value, 0, count));
    }

    /** Key's value, or null (no such key, or no store). */
    public static String get(String key) {
        return kv.ask(m.clear().label(GET).put(key)) == 0 ? m.text() : null;
    }

    /** Copies key's value into {@code into} (as much as fits): the value's length, or why not. */
    public static long get(String key, byte[] into) {
        long status = kv.ask(m.clear().label(GET).put(key));
        return status == 0 ? m.copyBytesTo(0, into) : status;
    }

    /** Removes key; 0, NOT_FOUND, or a kernel error. */
    public static long delete(String key) {
        return kv.ask(m.clear().label(DELETE).put(key));
    }
}
