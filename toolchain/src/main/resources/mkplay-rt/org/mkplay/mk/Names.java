package org.mkplay.mk;

/**
 * The name service: a server registers the name of the endpoint it serves, a client looks a name up and gets the
 * capability slot where its own copy of that endpoint is (the system image decides who may call whom: a name the
 * manifest does not let the client use looks up fine, but calls through it fail with BAD_SLOT).
 */
public final class Names {
    private Names() {}

    /** Labels of the name service's protocol. */
    public static final long REGISTER = 1, LOOKUP = 2;

    private static final Message m = new Message();

    /** Registers this program's endpoint under name; returns the status. */
    public static long register(String name) {
        return Ipc.call(Cap.NAMES, m.clear().label(REGISTER).put(name));
    }

    /** The endpoint registered under name, or null when none is. */
    public static Cap lookup(String name) {
        if (Ipc.call(Cap.NAMES, m.clear().label(LOOKUP).put(name)) != 0 || m.words() == 0 || m.word(0) < 0) return null;
        return Cap.program((int) m.word(0));
    }
}
