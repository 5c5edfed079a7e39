package org.mkplay.mk;

/**
 * Files on the file server (the default system's RAM file system, registered as "files"): a flat directory of
 * named byte strings of at most {@link #MAX_SIZE} bytes. Each method is one call; a status below zero is the
 * kernel's error code (DEAD when the server died), {@link #NOT_FOUND} or {@link #FULL} the server's answer.
 */
public final class Files {
    private Files() {}

    /** Labels of the file server's protocol. */
    public static final long LIST = 1, READ = 2, WRITE = 3, DELETE = 4;
    /** The server's answers in word 0 (besides 0 for done). */
    public static final long NOT_FOUND = -100, FULL = -101;
    /** The largest file: a name, a zero byte and the contents fit one message. */
    public static final int MAX_SIZE = 3840;

    private static final Message m = new Message();
    private static Cap server;

    /** The file server, looked up once (null when none is registered). */
    private static Cap server() {
        if (server == null) server = Names.lookup("files");
        return server;
    }

    /** The names of the files, one per line; null when the server cannot be reached. */
    public static String list() {
        if (!call(m.clear().label(LIST))) return null;
        return m.text();
    }

    /** The contents of file {@code name}, or null (no such file, or no server). */
    public static String read(String name) {
        if (!call(m.clear().label(READ).put(name))) return null;
        return m.words() > 0 && m.word(0) == 0 ? m.text() : null;
    }

    /** Creates or replaces file {@code name}; 0, or why not (a kernel error, FULL). */
    public static long write(String name, String contents) {
        if (name.length() + 1 + contents.length() > Message.MAX_BYTES) return FULL;
        if (!call(m.clear().label(WRITE).put(name).put(0).put(contents))) return m.status();
        return m.words() > 0 ? m.word(0) : 0;
    }

    /** Removes file {@code name}; 0, NOT_FOUND, or a kernel error. */
    public static long delete(String name) {
        if (!call(m.clear().label(DELETE).put(name))) return m.status();
        return m.words() > 0 ? m.word(0) : 0;
    }

    private static boolean call(Message request) {
        Cap files = server();
        if (files == null) {
            request.clear();
            return false;
        }
        return Ipc.call(files, request) == 0;
    }
}
