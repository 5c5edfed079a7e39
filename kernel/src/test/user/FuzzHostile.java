import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A hostile process: {@value #CALLS} system calls with random numbers and random arguments (seeded xorshift, so a
 * run is reproducible), biased towards the slots it holds and towards well-formed message infos so that calls get
 * past decoding and reach the kernel's blocking paths too. Every call must come back with OK or one of the defined
 * error codes; the process then proves the system still works (a call to the server is answered), stops its two
 * partners and prints the outcome of every call.
 *
 * <p>Its capabilities: slot 1 the endpoint with every right, 2 the notification with every right, 3 a send-only
 * badged copy of the endpoint, 4 a send-only copy of the notification. Random CAP_DELETEs empty those, so every
 * {@value #RESTORE_EVERY} calls they are copied back from the masters in slots 60 and 61. Slots 60..63 (the masters
 * and the two control capabilities, see FuzzServer and FuzzPartner) are never named by a random call, so the
 * hostile cannot cut the branch it stands on; everything else is fair game.
 */
public class FuzzHostile {
    static final int CALLS = 100_000;
    static final int RESTORE_EVERY = 64;
    static final int ENDPOINT = 1, NOTIFICATION = 2, ENDPOINT_SEND = 3, NOTIFICATION_SEND = 4;
    static final int MASTER_ENDPOINT = 60, MASTER_NOTIFICATION = 61, STOP_SERVER = 62, STOP_PARTNER = 63;
    static final int FIRST_PROTECTED = 60;
    static final int LABEL_PING = 1, LABEL_STOP = 2;

    static long state = 0x2026_1206_5EED_0001L;

    /** xorshift64* (Vigna): a fixed sequence from the fixed seed. */
    static long next() {
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        return state * 0x2545F4914F6CDD1DL;
    }

    static int below(int n) {
        return (int) ((next() >>> 33) % n);
    }

    /** A slot argument: usually one it holds, sometimes any small number or any 64-bit value; never a protected one. */
    static long slot() {
        int kind = below(10);
        long s = kind < 6 ? below(6) : kind < 8 ? below(70) : next();
        return s >= FIRST_PROTECTED && s < Abi.CSPACE_SLOTS ? ENDPOINT : s;
    }

    /** A message info: well-formed (label, words, maybe a capability, maybe buffer bytes), random, or zero. */
    static long info() {
        int kind = below(10);
        long info;
        if (kind < 5) {
            info = (next() & 0xFFFF_FFFFL) << Abi.INFO_LABEL_SHIFT | below(8);
            if (below(4) == 0) info |= Abi.INFO_CAP | (long) below(8) << Abi.INFO_CAP_SLOT_SHIFT;
            if (below(3) == 0) info |= (long) below(4200) << Abi.INFO_BUFFER_SHIFT;
        } else {
            info = kind < 8 ? next() : 0;
        }
        long capSlot = (info >>> Abi.INFO_CAP_SLOT_SHIFT) & Abi.INFO_CAP_SLOT_MASK;
        if ((info & Abi.INFO_CAP) != 0 && capSlot >= FIRST_PROTECTED && capSlot < Abi.CSPACE_SLOTS) info &= ~Abi.INFO_CAP;
        return info;
    }

    /** A syscall number: mostly a real one (never EXIT, which would end the run), sometimes any value. */
    static int number() {
        if (below(20) == 0) return (int) next();
        int n = 1 + below(Abi.SYS_MAX);
        return n == Abi.SYS_EXIT ? Abi.SYS_YIELD : n;
    }

    static void randomArguments(int number, long[] r) {
        r[0] = slot();
        r[1] = info();
        for (int i = 2; i < 8; i++) r[i] = below(4) == 0 ? below(80) : next();
        r[8] = next();
        switch (number) {
            case Abi.SYS_CAP_COPY -> {
                r[1] = slot();
                r[3] = below(2) == 0 ? 0 : next() & 0xFFFF; // badge: none or a small one, never a control badge
            }
            case Abi.SYS_MAP -> r[1] = below(2) == 0 ? Abi.USER_BASE + 4096L * below(64) : next();
            case Abi.SYS_DEBUG_PUTC -> r[0] = below(2) == 0 ? 256 + below(1000) : -1 - below(1000); // no output
            default -> {}
        }
    }

    /** Copies the masters back into slots 1..4 where a random delete emptied them (an occupied slot is refused). */
    static void restore(long[] r) {
        copy(r, MASTER_ENDPOINT, ENDPOINT, Abi.RIGHTS_ALL, 0);
        copy(r, MASTER_NOTIFICATION, NOTIFICATION, Abi.RIGHTS_ALL, 0);
        copy(r, MASTER_ENDPOINT, ENDPOINT_SEND, Abi.RIGHT_SEND, 0x3);
        copy(r, MASTER_NOTIFICATION, NOTIFICATION_SEND, Abi.RIGHT_SEND, 0);
    }

    static void copy(long[] r, int from, int to, int rights, long badge) {
        r[0] = from;
        r[1] = to;
        r[2] = rights;
        r[3] = badge;
        Syscall.invoke(Abi.SYS_CAP_COPY, r);
    }

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        int[] outcomes = new int[-Abi.E_MIN + 1];
        int undefined = 0;
        for (int i = 0; i < CALLS; i++) {
            if (i % RESTORE_EVERY == 0) restore(r);
            int number = number();
            randomArguments(number, r);
            long status = Syscall.invoke(number, r);
            if (status > 0 || status < Abi.E_MIN) {
                undefined++;
                System.out.println("hostile: call " + i + " (syscall " + number + ") returned " + status);
            } else {
                outcomes[(int) -status]++;
            }
        }
        System.out.println("hostile: " + CALLS + " random syscalls, " + undefined + " undefined results");
        StringBuilder counts = new StringBuilder("hostile: outcomes");
        for (int code = 0; code < outcomes.length; code++) counts.append(code == 0 ? " OK=" : " " + (-code) + "=").append(outcomes[code]);
        System.out.println(counts);
        r[0] = STOP_SERVER;
        r[1] = (long) LABEL_PING << Abi.INFO_LABEL_SHIFT | 1;
        r[2] = 41;
        long status = Syscall.invoke(Abi.SYS_CALL, r);
        System.out.println("hostile: the server still answers: status " + status + ", word " + r[2]);
        r[0] = STOP_PARTNER;
        r[1] = 1;
        System.out.println("hostile: stop the partner: " + Syscall.invoke(Abi.SYS_NOTIFY, r));
        r[0] = STOP_SERVER;
        r[1] = (long) LABEL_STOP << Abi.INFO_LABEL_SHIFT;
        System.out.println("hostile: stop the server: " + Syscall.invoke(Abi.SYS_CALL, r));
    }
}
