import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Page;

/** Lesson 6: the same 4 KiB to the checksum server three ways: in registers, through the IPC buffer, in a shared page. */
public class Sender {
    static final long WORDS = 1, BUFFER = 2, PAGE = 3;
    static final int SIZE = 4096;

    /** Byte i of the data. */
    static int data(int i) {
        return (i * 7 + 1) & 0xff;
    }

    /** Bytes i..i+7 of the data as one word, little-endian (byte i in the low 8 bits). */
    static long word(int i) {
        long w = 0;
        for (int k = 7; k >= 0; k--) w = w << 8 | data(i + k);
        return w;
    }

    public static void main(String[] args) {
        Cap checksum = Cap.program(0);
        Message m = new Message();

        // 1. In registers: 6 words (48 bytes) a message, then an empty message to end.
        for (int i = 0; i < SIZE; ) {
            m.clear().label(WORDS);
            for (int w = 0; w < Message.MAX_WORDS && i < SIZE; w++, i += 8) m.add(word(i));
            Ipc.call(checksum, m);
        }
        Ipc.call(checksum, m.clear().label(WORDS));

        // 2. Through the IPC buffer: one message of 4,096 bytes.
        m.clear().label(BUFFER);
        for (int i = 0; i < SIZE; i++) m.put(data(i));
        long status = Ipc.call(checksum, m);
        if (status != 0) System.out.println("sender: BUFFER failed: " + Ipc.error(status));

        // 3. In the shared page: write the bytes in place, hand the page over, and say how many.
        Page page = new Page(Cap.page(0));
        status = page.map();
        if (status != 0) System.out.println("sender: cannot map the page: " + Ipc.error(status));
        for (int i = 0; i < SIZE; i += 8) page.putLong(i, word(i));
        page.unmap();
        status = Ipc.call(checksum, m.clear().label(PAGE).add(SIZE));
        if (status != 0) System.out.println("sender: PAGE failed: " + Ipc.error(status));
    }
}
