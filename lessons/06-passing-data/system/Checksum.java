import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Page;
import org.mkplay.mk.Server;

/**
 * Lesson 6's checksum server (not yours to edit): receives data three ways and prints a hash of what arrived (the
 * same bytes in the same order give the same hash). WORDS (label 1): 8 bytes per word, little-endian, up to 6 words
 * a message; a message with no words ends the data. BUFFER (label 2): the message's bytes. PAGE (label 3): word 0 bytes (a multiple of 8) at the start of the
 * shared page, which the sender must have unmapped so that this server can map it.
 */
public class Checksum extends Server {
    static final long WORDS = 1, BUFFER = 2, PAGE = 3;

    private final Page page = new Page(Cap.page(0));
    private long hash, bytes, messages;

    /** The hash of the bytes so far: hash * 31 + byte for each (cheap, and it notices a byte out of place). */
    private void add(int b) {
        hash = hash * 31 + b;
        bytes++;
    }

    private void report(String how, Message answer) {
        System.out.println("checksum: " + bytes + " bytes " + how + ", " + messages
                + (messages == 1 ? " message" : " messages") + ", hash 0x" + Long.toHexString(hash));
        answer.add(hash);
        hash = 0;
        bytes = 0;
        messages = 0;
    }

    @Override
    protected void handle(Message request, Message answer) {
        answer.label(request.label());
        messages++;
        if (request.label() == WORDS) {
            if (request.words() == 0) {
                messages--; // the end marker carries no data
                report("in registers", answer);
                return;
            }
            for (int w = 0; w < request.words(); w++) {
                long word = request.word(w);
                for (int k = 0; k < 8; k++) add((int) (word >>> (8 * k)) & 0xff);
            }
        } else if (request.label() == BUFFER) {
            for (int i = 0; i < request.length(); i++) add(request.byteAt(i));
            report("through the IPC buffer", answer);
        } else if (request.label() == PAGE && request.words() == 1) {
            fromPage((int) request.word(0), answer);
        }
    }

    private void fromPage(int length, Message answer) {
        long status = page.map();
        if (status != 0) {
            System.out.println("checksum: cannot map the page: " + Ipc.error(status)
                    + (status == -10 ? " (the sender still has it mapped)" : ""));
            messages = 0;
            return;
        }
        for (int i = 0; i + 8 <= length && i < Page.SIZE; i += 8) { // memory: 8 bytes at a time, as the words
            long word = page.longAt(i);
            for (int k = 0; k < 8; k++) add((int) (word >>> (8 * k)) & 0xff);
        }
        page.unmap();
        report("in the shared page", answer);
    }

    public static void main(String[] args) {
        new Checksum().serve();
    }
}
