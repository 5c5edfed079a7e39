package org.mkplay.mk;

/**
 * A server: write {@link #handle} (a request and the badge of the client's capability in, the answer out); the
 * receive loop is here. {@link #serve} waits on the endpoint, hands each message to handle, answers it and waits
 * again in one system call (replyRecv, the kernel's fast path). A message the kernel sends (a fault or exit
 * notice: label {@link #LABEL_FAULT}/{@link #LABEL_EXIT}) reaches handle too; its answer goes nowhere.
 *
 * <p>Every server also understands {@link #CRASH}: it faults on purpose (a null dereference), so the shell's
 * {@code crash NAME} can show what a fault in a server does to its clients and how the supervisor restarts it.
 */
public abstract class Server {
    /** Labels the kernel uses for its own messages (Abi.LABEL_FAULT, Abi.LABEL_EXIT). */
    public static final long LABEL_FAULT = 0xFFFF_0001L, LABEL_EXIT = 0xFFFF_0002L;
    /** The label that makes any server fault on purpose. */
    public static final long CRASH = 0xFFFF_0100L;

    private final Message request = new Message(), answer = new Message();

    /** Fills {@code answer} (empty on entry) for {@code request}; {@code request.badge()} says which client. */
    protected abstract void handle(Message request, Message answer);

    /** Serves the endpoint in {@link Cap#SELF} for ever. */
    public final void serve() {
        serve(Cap.SELF);
    }

    /** Serves endpoint ep for ever (returns only if the endpoint cannot be received on: its status). */
    public final long serve(Cap ep) {
        long status = Ipc.recv(ep, request);
        while (status >= 0) {
            answer.clear();
            if (request.label() == CRASH) crash();
            handle(request, answer);
            status = Ipc.replyRecv(ep, answer, request);
        }
        return status;
    }

    private static Object nothing;

    /** A null dereference: the compiled check reports it and the kernel stops this process as a fault. */
    private static void crash() {
        nothing.hashCode();
    }
}
