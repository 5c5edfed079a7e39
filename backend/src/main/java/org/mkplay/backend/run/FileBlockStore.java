package org.mkplay.backend.run;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mkplay.emulator.devices.BlockStore;

/**
 * A disk image file behind the emulated virtio-blk device ({@code mkplay run --disk FILE}). Guest writes go
 * straight to the file. A file the user may not write is attached read-only (the device then reports
 * VIRTIO_BLK_F_RO). The size is fixed when opened: the guest cannot grow the file.
 * Host I/O failures surface as {@link UncheckedIOException} (BlockStore has no error channel).
 */
public final class FileBlockStore implements BlockStore, Closeable {
    private final RandomAccessFile file;
    private final long size;
    private final boolean readOnly;

    private FileBlockStore(RandomAccessFile file, boolean readOnly) throws IOException {
        this.file = file;
        this.size = file.length();
        this.readOnly = readOnly;
    }

    public static FileBlockStore open(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "not a regular file");
        }
        boolean readOnly = !Files.isWritable(path);
        return new FileBlockStore(new RandomAccessFile(path.toFile(), readOnly ? "r" : "rw"), readOnly);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(long position, byte[] destination, int offset, int length) {
        try {
            file.seek(position);
            file.readFully(destination, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("disk read at " + position, e);
        }
    }

    @Override
    public void write(long position, byte[] source, int offset, int length) {
        if (readOnly) {
            throw new IllegalStateException("write to a read-only disk");
        }
        try {
            file.seek(position);
            file.write(source, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("disk write at " + position, e);
        }
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
