package org.mkplay.mk;

import org.mkplay.rt.IpcBuffer;
import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * One message: a label, up to 6 words (they travel in registers) and up to 4 KiB of bytes (they travel through the
 * IPC buffer). A received message also has the sender's badge (which client called) and the status of the
 * operation. Reuse a Message for many operations: nothing here allocates after construction.
 */
public final class Message {
    public static final int MAX_WORDS = Abi.MAX_WORDS, MAX_BYTES = Abi.MAX_BUFFER;

    private long label;
    private final long[] words = new long[MAX_WORDS];
    private int wordCount;
    private final byte[] bytes = new byte[MAX_BYTES];
    private int length;
    private long badge;
    private long status;

    /** Empties the message: label 0, no words, no bytes. */
    public Message clear() {
        label = 0;
        wordCount = 0;
        length = 0;
        return this;
    }

    public long label() { return label; }
    public Message label(long l) { label = l & 0xFFFF_FFFFL; return this; }
    public int words() { return wordCount; }
    public long badge() { return badge; }
    /** The kernel's status of the operation that filled this message (0 OK, negative: Abi's error codes). */
    public long status() { return status; }
    public int length() { return length; }

    public long word(int i) {
        if (i < 0 || i >= wordCount) throw new IndexOutOfBoundsException("word " + i + " of " + wordCount);
        return words[i];
    }

    /** Appends a word (at most 6). */
    public Message add(long w) {
        if (wordCount == MAX_WORDS) throw new IllegalStateException("a message has at most " + MAX_WORDS + " words");
        words[wordCount++] = w;
        return this;
    }

    /** The byte at i of the message's bytes. */
    public int byteAt(int i) {
        if (i < 0 || i >= length) throw new IndexOutOfBoundsException("byte " + i + " of " + length);
        return bytes[i] & 0xff;
    }

    /** Appends a byte (at most 4096). */
    public Message put(int b) {
        if (length == MAX_BYTES) throw new IllegalStateException("a message has at most " + MAX_BYTES + " bytes");
        bytes[length++] = (byte) b;
        return this;
    }

    /** Appends the characters of s as bytes (ASCII; others become '?'). */
    public Message put(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            put(c < 128 ? c : '?');
        }
        return this;
    }

    /** The bytes as a String (one char per byte). Allocates. */
    public String text() {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append((char) (bytes[i] & 0xff));
        return b.toString();
    }

    /** Whether the bytes are exactly the ASCII characters of s (no allocation). */
    public boolean textEquals(String s) {
        if (s.length() != length) return false;
        for (int i = 0; i < length; i++) if (bytes[i] != (byte) s.charAt(i)) return false;
        return true;
    }

    /** Appends n bytes of b from off. */
    public Message put(byte[] b, int off, int n) {
        if (off < 0 || n < 0 || off + n > b.length) throw new IndexOutOfBoundsException("bytes " + off + ".." + (off + n) + " of " + b.length);
        if (length + n > MAX_BYTES) throw new IllegalStateException("a message has at most " + MAX_BYTES + " bytes");
        for (int i = 0; i < n; i++) bytes[length + i] = b[off + i];
        length += n;
        return this;
    }

    /** Copies this message's bytes from {@code from} on into {@code into} (as many as fit); returns how many. */
    public int copyBytesTo(int from, byte[] into) {
        int n = length - from < into.length ? length - from : into.length;
        for (int i = 0; i < n; i++) into[i] = bytes[from + i];
        return n < 0 ? 0 : n;
    }

    /** Copies this message's bytes into m's. */
    public void copyBytesTo(Message m) {
        for (int i = 0; i < length; i++) m.put(bytes[i]);
    }

    // ---- to and from the kernel's registers (Ipc) ------------------------------------------------------------

    /** a1..a7 for a send: the info word, the words; the bytes into the IPC buffer. */
    void toRegisters(long[] regs) {
        regs[1] = label << Abi.INFO_LABEL_SHIFT | (long) length << Abi.INFO_BUFFER_SHIFT | wordCount;
        for (int i = 0; i < wordCount; i++) regs[2 + i] = words[i];
        if (length > 0) IpcBuffer.write(0, bytes, 0, length);
    }

    /** After a receive: status, label, words, bytes, badge. */
    void fromRegisters(long[] regs) {
        status = regs[0];
        if (status < 0) {
            clear();
            badge = 0;
            return;
        }
        long info = regs[1];
        label = info >>> Abi.INFO_LABEL_SHIFT;
        wordCount = (int) (info & Abi.INFO_WORDS_MASK);
        for (int i = 0; i < wordCount; i++) words[i] = regs[2 + i];
        length = (int) (info >>> Abi.INFO_BUFFER_SHIFT & Abi.INFO_BUFFER_MASK);
        if (length > 0) IpcBuffer.read(0, bytes, 0, length);
        badge = regs[Syscall.REGISTERS - 1];
    }

    void failed(long s) {
        status = s;
    }
}
