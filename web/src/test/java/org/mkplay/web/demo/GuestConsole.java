package org.mkplay.web.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;

/** A machine booted from one of the web app's guest images, with its UART output collected as text. */
final class GuestConsole {
    /** The guests use the first 3 MiB of RAM at most (code, 1 MiB stack top, 256 KiB buffer at 2 MiB). */
    private static final int RAM_MIB = 4;

    final Machine machine = new Machine(new MachineConfig().ramMiB(RAM_MIB));
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    GuestConsole(byte[] elf) throws ElfException {
        machine.setOutput(output::write);
        machine.load(elf);
    }

    /** Everything the guest has printed since the last call. */
    String take() {
        String text = output.toString(StandardCharsets.ISO_8859_1);
        output.reset();
        return text;
    }

    void type(String text) {
        for (char c : text.toCharArray()) machine.uart().pushInput(c);
    }
}
