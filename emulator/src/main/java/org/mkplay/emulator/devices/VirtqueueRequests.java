package org.mkplay.emulator.devices;

import org.mkplay.emulator.bus.PhysicalMemory;
import org.mkplay.riscv.board.VirtioRegisters;

/**
 * Serves one virtio-blk request given the head of its descriptor chain (split virtqueue,
 * VIRTIO 1.x §2.7.5 and §5.2.6). The chain is viewed as two byte streams: the device-readable
 * descriptors (header, then OUT data) followed by the device-writable ones (IN/GET_ID data, then
 * the status byte as the very last byte). All guest memory goes through {@link PhysicalMemory},
 * whose false result becomes VIRTIO_BLK_S_IOERR. Buffers are preallocated: no allocation per request.
 */
final class VirtqueueRequests {
    static final int DESC_F_NEXT = 1, DESC_F_WRITE = 2, DESC_F_INDIRECT = 4;
    static final int DESCRIPTOR_SIZE = 16;
    static final int T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8;
    static final int S_OK = 0, S_IOERR = 1, S_UNSUPP = 2;
    static final int HEADER_SIZE = 16;
    /** VIRTIO_BLK_ID_BYTES: the id string, zero-padded, not necessarily terminated. */
    static final int ID_BYTES = 20;

    static final byte[] DEVICE_ID = ascii("mkplay-virtio-blk");
    private static final int SECTOR = VirtioRegisters.SECTOR_SIZE;

    private final PhysicalMemory dma;
    private final BlockStore disk;
    private final byte[] scratch = new byte[4096];
    private final byte[] word = new byte[DESCRIPTOR_SIZE];
    /** The current chain, in order: segments [0, segments) with readable ones first. */
    private final long[] segmentAddress = new long[VirtioBlock.QUEUE_NUM_MAX];

    private final long[] segmentLength = new long[VirtioBlock.QUEUE_NUM_MAX];
    private final boolean[] segmentWritable = new boolean[VirtioBlock.QUEUE_NUM_MAX];
    private int segments;
    private long readableBytes;
    private long writableBytes;

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    VirtqueueRequests(PhysicalMemory dma, BlockStore disk) {
        this.dma = dma;
        this.disk = disk;
    }

    /** Serves the chain starting at {@code head}; returns the byte count written into its writable buffers. */
    int serve(long descTable, int queueNum, int head) {
        if (!collectChain(descTable, queueNum, head)) {
            return finish(S_IOERR); // malformed chain: status goes in the last writable byte seen, if any
        }
        if (writableBytes < 1) {
            return 0; // nowhere to put a status: nothing can be reported
        }
        if (readableBytes < HEADER_SIZE || !gather(0, word, HEADER_SIZE)) {
            return finish(S_IOERR);
        }
        int type = (int) readLittleEndian(word, 0, 4);
        long sector = readLittleEndian(word, 8, 8);
        switch (type) {
            case T_IN:
                return transferIn(sector);
            case T_OUT:
                return transferOut(sector);
            case T_FLUSH:
                return finish(S_OK);
            case T_GET_ID:
                return writeId();
            default:
                return finish(S_UNSUPP);
        }
    }

    private int transferIn(long sector) {
        long length = writableBytes - 1;
        if (!inRange(sector, length)) {
            return finish(S_IOERR);
        }
        for (long done = 0; done < length; done += scratch.length) {
            int chunk = (int) Math.min(scratch.length, length - done);
            disk.read(sector * SECTOR + done, scratch, 0, chunk);
            if (!scatter(done, scratch, chunk)) {
                return finish(S_IOERR);
            }
        }
        return finish(S_OK);
    }

    /** A DMA fault part-way leaves the chunks before it written, as a real disk would. */
    private int transferOut(long sector) {
        long length = readableBytes - HEADER_SIZE;
        if (disk.readOnly() || !inRange(sector, length)) {
            return finish(S_IOERR);
        }
        for (long done = 0; done < length; done += scratch.length) {
            int chunk = (int) Math.min(scratch.length, length - done);
            if (!gather(HEADER_SIZE + done, scratch, chunk)) {
                return finish(S_IOERR);
            }
            disk.write(sector * SECTOR + done, scratch, 0, chunk);
        }
        return finish(S_OK);
    }

    private int writeId() {
        int length = (int) Math.min(ID_BYTES, writableBytes - 1);
        java.util.Arrays.fill(scratch, 0, ID_BYTES, (byte) 0);
        System.arraycopy(DEVICE_ID, 0, scratch, 0, DEVICE_ID.length);
        return finish(scatter(0, scratch, length) ? S_OK : S_IOERR);
    }

    /** Whole sectors, all inside the disk (sector is unsigned on the wire). */
    private boolean inRange(long sector, long length) {
        long capacity = disk.size() / SECTOR;
        return length % SECTOR == 0 && sector >= 0 && sector <= capacity && length / SECTOR <= capacity - sector;
    }

    /**
     * Writes the status byte (last writable byte) and returns the used-ring length. Like QEMU, that
     * is the whole device-writable length of the chain, whatever the outcome (data + status for a
     * good IN, 1 for OUT, everything the driver offered for a failed request).
     */
    private int finish(int status) {
        if (writableBytes < 1) {
            return 0;
        }
        word[0] = (byte) status;
        scatter(writableBytes - 1, word, 1);
        return (int) Math.min(writableBytes, Integer.MAX_VALUE);
    }

    /** Walks NEXT links; false if a descriptor is unreadable, out of the table, indirect, or the chain loops. */
    private boolean collectChain(long descTable, int queueNum, int head) {
        segments = 0;
        readableBytes = 0;
        writableBytes = 0;
        int index = head;
        while (true) {
            if (index >= queueNum
                    || segments == queueNum
                    || !dma.read(descTable + (long) DESCRIPTOR_SIZE * index, word, 0, DESCRIPTOR_SIZE)) {
                return false;
            }
            int flags = (int) readLittleEndian(word, 12, 2);
            if (!addSegment(readLittleEndian(word, 0, 8), readLittleEndian(word, 8, 4), flags)) {
                return false;
            }
            if ((flags & DESC_F_NEXT) == 0) {
                return true;
            }
            index = (int) readLittleEndian(word, 14, 2);
        }
    }

    private boolean addSegment(long address, long length, int flags) {
        boolean writable = (flags & DESC_F_WRITE) != 0;
        segmentAddress[segments] = address;
        segmentLength[segments] = length;
        segmentWritable[segments] = writable;
        segments++;
        if (writable) {
            writableBytes += length;
            return (flags & DESC_F_INDIRECT) == 0;
        }
        readableBytes += length;
        // Indirect tables are not offered; readable after writable breaks the virtio-blk layout.
        return (flags & DESC_F_INDIRECT) == 0 && writableBytes == 0;
    }

    /** Copies {@code length} bytes of the readable stream, from {@code position}, into {@code into}. */
    private boolean gather(long position, byte[] into, int length) {
        return copy(false, position, into, length);
    }

    /** Copies {@code length} bytes from {@code from} into the writable stream at {@code position}. */
    private boolean scatter(long position, byte[] from, int length) {
        return copy(true, position, from, length);
    }

    private boolean copy(boolean writable, long position, byte[] buffer, int length) {
        int done = 0;
        long segmentStart = 0;
        for (int i = 0; i < segments && done < length; i++) {
            if (segmentWritable[i] != writable) {
                continue;
            }
            long segmentEnd = segmentStart + segmentLength[i];
            long from = position + done;
            if (from < segmentEnd) {
                int chunk = (int) Math.min(length - done, segmentEnd - from);
                long address = segmentAddress[i] + (from - segmentStart);
                boolean ok =
                        writable ? dma.write(address, buffer, done, chunk) : dma.read(address, buffer, done, chunk);
                if (!ok) {
                    return false;
                }
                done += chunk;
            }
            segmentStart = segmentEnd;
        }
        return done == length;
    }

    /** u16 of guest memory, or -1 if it is not RAM. */
    int readU16(long address) {
        return dma.read(address, word, 0, 2) ? (int) readLittleEndian(word, 0, 2) : -1;
    }

    boolean writeU16(long address, int value) {
        writeLittleEndian(word, value, 2);
        return dma.write(address, word, 0, 2);
    }

    boolean writeU32(long address, int value) {
        writeLittleEndian(word, value, 4);
        return dma.write(address, word, 0, 4);
    }

    private static long readLittleEndian(byte[] bytes, int offset, int count) {
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    private static void writeLittleEndian(byte[] bytes, long value, int count) {
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
    }
}
