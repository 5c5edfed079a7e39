package org.mkplay.toolchain.gc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.link.GcOptions;
import org.mkplay.toolchain.link.SymbolInfo;

/** The collector's test kit: a program compiled with heap options, run on our emulator to its end, and its Gc statistics. */
final class GcRun {
    private GcRun() {}

    /** Console, status, instructions, and Gc's statics after the run (collections, bytes allocated before the last). */
    record Outcome(String output, int exit, long instructions, long collections, long allocated) {}

    static CompileResult compile(String className, String source, GcOptions gc) {
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(Map.of(className + ".java", source), className, Profile.STANDALONE)
                        .withGc(gc));
        assertTrue(r.ok(), r::formattedDiagnostics);
        return r;
    }

    static Outcome run(String className, String source, GcOptions gc, long budget) throws Exception {
        return run(compile(className, source, gc), budget);
    }

    static Outcome run(CompileResult compiled, long budget) throws Exception {
        return run(compiled, compiled.elf(), budget);
    }

    /** Runs elf (compiled's image, possibly patched) with compiled's symbols. */
    static Outcome run(CompileResult compiled, byte[] elf, long budget) throws Exception {
        Machine machine = new Machine(new MachineConfig());
        machine.load(elf);
        Transcript t = machine.runToEnd(budget);
        assertTrue(
                t.halted(),
                () -> "no exit after " + t.instructions() + " instructions (" + t.ending() + ", pc "
                        + Long.toHexString(machine.hart().pc()) + ", mepc "
                        + Long.toHexString(machine.hart().readCsr(0x341)) + ", mcause "
                        + machine.hart().readCsr(0x342) + ", mtval "
                        + Long.toHexString(machine.hart().readCsr(0x343)) + "); console:\n" + t.text());
        return new Outcome(
                new String(t.console(), StandardCharsets.UTF_8),
                t.exitStatus(),
                t.instructions(),
                word(machine, compiled, "org.mkplay.rt.Gc.collections"),
                word(machine, compiled, "org.mkplay.rt.Gc.allocated"));
    }

    static SymbolInfo symbol(CompileResult compiled, String name) {
        return compiled.symbols().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    private static long word(Machine machine, CompileResult compiled, String name) {
        byte[] bytes = new byte[8];
        assertTrue(machine.bus().read(symbol(compiled, name).address(), bytes, 0, 8));
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }
}
