package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;

/**
 * One slot of a capability table: a type, the object it names (one typed field per type, so using a capability
 * needs no cast), rights and a badge. Slots are allocated with their table at boot and overwritten in place:
 * a copy or a delete never allocates.
 * <p>Invariants: {@code type == CAP_NULL} exactly when every object field is null and rights and badge are 0;
 * otherwise exactly the field of its type is non-null; {@code rights} is a subset of {@code RIGHTS_ALL}.
 */
public final class Cap {
    public int type = Abi.CAP_NULL;
    public int rights;
    /** Endpoint and notification capabilities: delivered to the receiver (t1) / ORed into the word. */
    public long badge;

    Endpoint endpoint;
    Notification notification;
    Frame frame;
    Process process;
    Irq irq;

    public boolean isEmpty() {
        return type == Abi.CAP_NULL;
    }

    public void clear() {
        type = Abi.CAP_NULL;
        rights = 0;
        badge = 0;
        endpoint = null;
        notification = null;
        frame = null;
        process = null;
        irq = null;
    }

    /** This slot becomes a copy of src with rights (src.rights AND mask) and the given badge. */
    void copyFrom(Cap src, int rightsMask, long newBadge) {
        type = src.type;
        rights = src.rights & rightsMask;
        badge = newBadge;
        endpoint = src.endpoint;
        notification = src.notification;
        frame = src.frame;
        process = src.process;
        irq = src.irq;
    }

    void setEndpoint(Endpoint e, int r, long b) {
        clear();
        type = Abi.CAP_ENDPOINT;
        endpoint = e;
        rights = r;
        badge = b;
    }

    void setNotification(Notification n, int r, long b) {
        clear();
        type = Abi.CAP_NOTIFICATION;
        notification = n;
        rights = r;
        badge = b;
    }

    void setFrame(Frame f, int r) {
        clear();
        type = Abi.CAP_FRAME;
        frame = f;
        rights = r;
    }

    void setProcess(Process p, int r) {
        clear();
        type = Abi.CAP_PROCESS;
        process = p;
        rights = r;
    }

    void setIrq(Irq i) {
        clear();
        type = Abi.CAP_IRQ;
        irq = i;
    }

    /** OK, or why this capability cannot be used as a {@code wanted} with {@code needed} rights. */
    int check(int wanted, int needed) {
        if (type == Abi.CAP_NULL) return Abi.E_BAD_SLOT;
        if (type != wanted) return Abi.E_WRONG_TYPE;
        if ((rights & needed) != needed) return Abi.E_NO_RIGHTS;
        return Abi.OK;
    }

    /** The object named, as an identity for comparisons and the trace (-1 for none). */
    int objectId() {
        switch (type) {
            case Abi.CAP_ENDPOINT:
                return endpoint.id;
            case Abi.CAP_NOTIFICATION:
                return notification.id;
            case Abi.CAP_FRAME:
                return frame.id;
            case Abi.CAP_PROCESS:
                return process.id;
            case Abi.CAP_IRQ:
                return irq.source;
            default:
                return -1;
        }
    }
}
