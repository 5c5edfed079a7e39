package org.mkplay.backend.builds.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The pipe protocol between the server and a build worker: each message is a 4-byte big-endian length and
 * that many bytes of JSON. One request, then one answer, in turn.
 */
final class Frames {
    /** Larger than any answer a 64 KiB program produces, small enough to refuse a corrupt length. */
    static final int MAX_FRAME = 256 * 1024 * 1024;

    private Frames() {}

    static void write(DataOutputStream out, byte[] message) throws IOException {
        out.writeInt(message.length);
        out.write(message);
        out.flush();
    }

    /** The next message, or null at end of stream before a new message starts. */
    static byte[] read(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("corrupt frame length " + length);
        }
        return in.readNBytes(length);
    }
}
