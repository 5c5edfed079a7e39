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
        // TODO 1: put the 4,096 bytes data(0) .. data(4095) into m with label BUFFER (m.clear().label(BUFFER), then
        //         m.put(data(i)) for each i), and call the checksum server with it.

        // 3. In the shared page: write the bytes in place, hand the page over, and say how many.
        Page page = new Page(Cap.page(0));
        // TODO 2: map the page (page.map()), and write the data into it: page.putLong(i, word(i)) for every
        //         i = 0, 8, 16, .. 4088 (or page.putByte(i, data(i)) for every i).
        // TODO 3: hand the page over: unmap it (the kernel maps a frame in one address space at a time, and the
        //         server must map it to read it).
        // TODO 4: call the checksum server with label PAGE and one word, the number of bytes (SIZE).
    }
}
