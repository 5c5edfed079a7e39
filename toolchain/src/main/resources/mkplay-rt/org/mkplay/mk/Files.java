package org.mkplay.mk;

/**
 * Files on the file server (the default system's RAM file system, registered as "files"): a flat directory of
 * named byte strings of at most {@link #MAX_SIZE} bytes. Each method is one call; a status below zero is the
 * kernel's error code (DEAD when the server died), {@link #NOT_FOUND}, {@link #FULL} or {@link #BAD_HANDLE} the
 * server's answer.
 *
 * <p>Whole files by name ({@link #read(String)}, {@link #write(String, String)}) as the shell uses them, or through
 * a handle ({@link #open}, then {@link #read(long, long, byte[], int)} and {@link #write(long, long, byte[], int)}
 * at an offset, then {@link #close}) without allocating, as a program that moves bytes does:
 * <pre>
 *   long h = Files.open("log", true);              // create (or empty) the file
 *   Files.write(h, 0, data, data.length);
 *   Files.close(h);
 * </pre>
 */
public final class Files {
    private Files() {}

    /** Labels of the file server's protocol. */
    public static final long LIST = 1, READ = 2, WRITE = 3, DELETE = 4;
    /**
     * Labels of the handle protocol: OPEN (bytes: the name; word 0: {@link #CREATE} or 0) answers a handle in word 0;
     * READ_AT (words: handle, offset, count) answers the count read in word 0 and the bytes; WRITE_AT (words: handle,
     * offset; bytes: the data) answers the count written; CLOSE (word: handle) answers 0. A handle belongs to the
     * client that opened it (the badge of its capability).
     */
    public static final long OPEN = 5, READ_AT = 6, WRITE_AT = 7, CLOSE = 8;
    /** OPEN's flag: create the file if it does not exist, and empty it. */
    public static final long CREATE = 1;
    /** The server's answers in word 0 (besides 0 for done). */
    public static final long NOT_FOUND = Client.NOT_FOUND, FULL = -101, BAD_HANDLE = -102;
    /** The largest file (4 KiB; written whole by name, its name and a zero byte must fit one message too). */
    public static final int MAX_SIZE = 4096;

    private static final Message m = new Message();
    private static final Client files = new Client("files");

    /** The names of the files, one per line; null when the server cannot be reached. */
    public static String list() {
        if (!files.call(m.clear().label(LIST))) return null;
        return m.text();
    }

    /** The contents of file {@code name}, or null (no such file, or no server). */
    public static String read(String name) {
        if (!files.call(m.clear().label(READ).put(name))) return null;
        return m.words() > 0 && m.word(0) == 0 ? m.text() : null;
    }

    /** Creates or replaces file {@code name}; 0, or why not (a kernel error, FULL). */
    public static long write(String name, String contents) {
        if (name.length() + 1 + contents.length() > Message.MAX_BYTES) return FULL;
        if (!files.call(m.clear().label(WRITE).put(name).put(0).put(contents))) return m.status();
        return m.words() > 0 ? m.word(0) : 0;
    }

    /** Removes file {@code name}; 0, NOT_FOUND, or a kernel error. */
    public static long delete(String name) {
        if (!files.call(m.clear().label(DELETE).put(name))) return m.status();
        return m.words() > 0 ? m.word(0) : 0;
    }

    /** Opens file {@code name} (creating or emptying it if {@code create}): a handle (0 or more), or why not. */
    public static long open(String name, boolean create) {
        return files.ask(m.clear().label(OPEN).add(create ? CREATE : 0).put(name));
    }

    /** Reads up to {@code count} bytes at {@code offset} into {@code into}: the count read, or why not. */
    public static long read(long handle, long offset, byte[] into, int count) {
        long n = files.ask(m.clear().label(READ_AT).add(handle).add(offset).add(count));
        if (n > 0) m.copyBytesTo(0, into);
        return n;
    }

    /** Writes {@code count} bytes of {@code data} at {@code offset}: the count written, or why not. */
    public static long write(long handle, long offset, byte[] data, int count) {
        return files.ask(m.clear().label(WRITE_AT).add(handle).add(offset).put(data, 0, count));
    }

    /** Closes the handle: 0, or why not. */
    public static long close(long handle) {
        return files.ask(m.clear().label(CLOSE).add(handle));
    }
}
