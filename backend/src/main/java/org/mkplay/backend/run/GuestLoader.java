package org.mkplay.backend.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.JvmBlockTranslator;
import org.mkplay.emulator.loader.ElfException;

/** Builds a machine from command-line inputs; every unusable input is a {@link RunFailure} with status 2. */
public final class GuestLoader {
    public static final int UNUSABLE_INPUT = 2;

    private GuestLoader() {}

    /** The machine with {@code image} loaded, on {@code config}. */
    public static Machine load(Path image, MachineConfig config) throws RunFailure {
        byte[] elf = read(image);
        Machine machine = new Machine(config);
        try {
            machine.load(elf);
        } catch (ElfException e) {
            throw new RunFailure(UNUSABLE_INPUT, "cannot load " + image + ": " + e.getMessage());
        }
        return machine;
    }

    static byte[] read(Path image) throws RunFailure {
        if (Files.isDirectory(image)) {
            throw new RunFailure(UNUSABLE_INPUT, "cannot load " + image + ": it is a directory");
        }
        try {
            return Files.readAllBytes(image);
        } catch (NoSuchFileException e) {
            throw new RunFailure(UNUSABLE_INPUT, "cannot load " + image + ": no such file");
        } catch (IOException e) {
            throw new RunFailure(UNUSABLE_INPUT, "cannot read " + image + ": " + e);
        }
    }

    /** The disk image behind virtio-blk; read-only if the file is not writable. */
    public static FileBlockStore openDisk(Path disk) throws RunFailure {
        try {
            return FileBlockStore.open(disk);
        } catch (NoSuchFileException e) {
            throw new RunFailure(UNUSABLE_INPUT, "cannot open disk " + disk + ": no such regular file");
        } catch (IOException e) {
            throw new RunFailure(UNUSABLE_INPUT, "cannot open disk " + disk + ": " + e);
        }
    }

    /** A board with {@code ramMiB} of RAM on the JVM's engine, or a failure naming the allowed range. */
    public static MachineConfig config(int ramMiB) throws RunFailure {
        try {
            return JvmBlockTranslator.onJvm(new MachineConfig().ramMiB(ramMiB));
        } catch (IllegalArgumentException e) {
            throw new RunFailure(UNUSABLE_INPUT, "--ram: " + e.getMessage());
        }
    }
}
