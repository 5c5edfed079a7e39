package org.mkplay.bench.compiler;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.cpu.JvmBlockTranslator;
import org.mkplay.emulator.loader.ElfException;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.link.SymbolInfo;

/**
 * One bare-metal run of an image on our emulator: console output, retired instructions, how it ended, and for a
 * program of ours the collector's figures (collections, and the instructions retired inside them, which
 * org.mkplay.rt.Gc counts with instret in its static fields).
 */
public record GuestRun(
        String output, long instructions, boolean halted, int exitStatus, long collections, long gcInstructions) {
    /** Runs {@code elf} on a default virt board (128 MiB) until it halts, waits for input, or retires {@code budget}. */
    public static GuestRun of(byte[] elf, long budget) {
        Machine machine = boot(elf);
        Transcript run = machine.runToEnd(budget);
        return new GuestRun(run.text(), run.instructions(), run.halted(), run.exitStatus(), 0, 0);
    }

    /** The same for an image our compiler built, with the collector's figures read from its statics afterwards. */
    public static GuestRun of(CompileResult compiled, long budget) {
        Machine machine = boot(compiled.elf());
        Transcript run = machine.runToEnd(budget);
        return new GuestRun(
                run.text(),
                run.instructions(),
                run.halted(),
                run.exitStatus(),
                word(machine, compiled, "org.mkplay.rt.Gc.collections"),
                word(machine, compiled, "org.mkplay.rt.Gc.instructions"));
    }

    private static Machine boot(byte[] elf) {
        Machine machine = new Machine(JvmBlockTranslator.onJvm(new MachineConfig()));
        try {
            machine.load(elf);
        } catch (ElfException e) {
            throw new IllegalStateException("the emulator rejected the image: " + e.getMessage(), e);
        }
        return machine;
    }

    private static long word(Machine machine, CompileResult compiled, String symbol) {
        SymbolInfo s = compiled.symbols().stream()
                .filter(x -> x.name().equals(symbol))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no symbol " + symbol));
        byte[] bytes = new byte[8];
        if (!machine.bus().read(s.address(), bytes, 0, 8)) throw new IllegalStateException("cannot read " + symbol);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** Halted through the test finisher with status 0. */
    public boolean succeeded() {
        return halted && exitStatus == 0;
    }

    /** The share of the run's instructions retired inside collections. */
    public double gcShare() {
        return instructions == 0 ? 0 : (double) gcInstructions / instructions;
    }
}
