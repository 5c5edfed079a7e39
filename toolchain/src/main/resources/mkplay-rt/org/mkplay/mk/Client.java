package org.mkplay.mk;

/**
 * The client's side of a named server's call-and-answer protocol, one home for what {@link Kv} and {@link Files}
 * share: the server's capability, looked up by its registered name on the first call, and the answer convention
 * (word 0 of the answer is 0 or the server's error; a call that could not be made answers the kernel's status).
 * The request is the caller's message, and the answer comes back in it.
 */
final class Client {
    /** The answer when the call could not be made and the kernel gave no error: no such server. */
    static final long NOT_FOUND = -100;

    private final String name;
    private Cap server;

    Client(String name) {
        this.name = name;
    }

    /** Calls the server with {@code request}: true when the call was made (the answer is in request). */
    boolean call(Message request) {
        if (server == null) server = Names.lookup(name);
        if (server == null) {
            request.clear();
            return false;
        }
        return Ipc.call(server, request) == 0;
    }

    /** Calls the server with {@code request}: word 0 of the answer, or the kernel's status when the call failed. */
    long ask(Message request) {
        if (!call(request)) return request.status() < 0 ? request.status() : NOT_FOUND;
        return request.words() > 0 ? request.word(0) : 0;
    }
}
