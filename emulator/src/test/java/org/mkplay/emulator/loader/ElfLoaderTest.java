package org.mkplay.emulator.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.cpu.Privilege;
import org.mkplay.riscv.board.Virt;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;

/** ELF64 parsing (System V gABI, RISC-V psABI) and loading into the machine, with the tohost protocol. */
class ElfLoaderTest {
    private static final long RAM = Virt.RAM_BASE;

    private static ElfBuilder program() {
        return new ElfBuilder()
                .code(RAM, addi(A0, ZERO, 1), jal(ZERO, 0))
                .symbol("_start", RAM, 8, ElfBuilder.STT_FUNC)
                .symbol("tohost", RAM + 0x1000, 8, ElfBuilder.STT_OBJECT);
    }

    private static String rejection(byte[] file) {
        return assertThrows(ElfException.class, () -> ElfLoader.parse(file)).getMessage();
    }

    /** The test program with one header field changed is rejected with a message that says expectedPart. */
    private static void assertRejected(Consumer<ElfBuilder> change, String expectedPart) {
        ElfBuilder elf = program();
        change.accept(elf);
        assertRejected(elf.build(), expectedPart);
    }

    private static void assertRejected(byte[] file, String expectedPart) {
        String message = rejection(file);
        assertTrue(
                message.contains(expectedPart), "message \"" + message + "\" should mention \"" + expectedPart + "\"");
    }

    private static byte[] patch(byte[] file, int offset, long value, int width) {
        byte[] copy = file.clone();
        for (int i = 0; i < width; i++) {
            copy[offset + i] = (byte) (value >>> (8 * i));
        }
        return copy;
    }

    @Test
    void parsesEntrySegmentsAndSymbols() throws ElfException {
        ElfImage image = ElfLoader.parse(program().build());
        assertEquals(RAM, image.entry());
        assertEquals(1, image.segments().size());
        assertEquals(RAM, image.segments().get(0).physicalAddress);
        assertEquals(8, image.segments().get(0).data.length);
        assertEquals(RAM + 0x1000, image.symbol("tohost"));
        assertEquals(-1, image.symbol("missing"));
        assertEquals("_start", image.functionAt(RAM + 4).name);
        assertNull(image.functionAt(RAM + 8), "past the end of _start");
        assertEquals(1, image.functions().size(), "tohost is an object, not a function");
    }

    @Test
    void rejectsWhatIsNotElf() {
        assertRejected(new byte[0], "not an ELF file");
        assertRejected(
                "#!/bin/sh\necho this is a script, not an executable at all, sixty-four bytes\n".getBytes(),
                "not an ELF file");
        assertRejected(patch(program().build(), 1, 'e', 1), "magic");
    }

    @Test
    void rejectsThirtyTwoBitBigEndianForeignAndNonExecutableFiles() {
        assertRejected(elf -> elf.elfClass = 1, "64-bit");
        assertRejected(elf -> elf.dataEncoding = 2, "little-endian");
        assertRejected(elf -> elf.machine = 62, "RISC-V"); // x86-64
        assertRejected(elf -> elf.type = 3, "executable"); // shared object
        assertRejected(elf -> elf.type = 1, "executable"); // relocatable
    }

    @Test
    void rejectsTruncatedFiles() {
        byte[] full = program().build();
        assertRejected(Arrays.copyOf(full, 40), "truncated");
        assertRejected(Arrays.copyOf(full, ElfBuilder.EHDR + 20), "truncated");
        assertRejected(patch(full, 32, 1 << 20, 8), "truncated"); // e_phoff beyond the end
        assertRejected(patch(full, ElfBuilder.EHDR + 8, full.length - 4, 8), "truncated"); // p_offset near the end
        assertRejected(patch(full, 40, full.length, 8), "truncated"); // e_shoff at the end
        assertRejected(patch(full, 32, -8L, 8), "truncated"); // e_phoff "negative"
    }

    @Test
    void rejectsInconsistentSegments() {
        byte[] full = program().build();
        assertRejected(patch(full, ElfBuilder.EHDR + 40, 4, 8), "size"); // p_memsz < p_filesz
        assertRejected(patch(full, ElfBuilder.EHDR, 4, 4), "PT_LOAD"); // the only segment becomes PT_NOTE
    }

    @Test
    void rejectsSymbolNamesOutsideTheStringTable() {
        ElfBuilder builder = program();
        byte[] full = builder.build();
        int firstSymbol = builder.segmentData(1) + ElfBuilder.SYM;
        assertRejected(patch(full, firstSymbol, 1 << 16, 4), "string table");
    }

    @Test
    void corruptedFilesNeverFailWithAnythingButElfException() {
        byte[] valid = program().build();
        Random random = new Random(4242);
        for (int round = 0; round < 20_000; round++) {
            byte[] file = valid.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                int at = random.nextInt(file.length);
                file[at] = random.nextInt(3) == 0 ? (byte) 0xFF : (byte) random.nextInt();
            }
            if (random.nextInt(8) == 0) {
                file = Arrays.copyOf(file, random.nextInt(file.length));
            }
            try {
                ElfLoader.parse(file);
            } catch (ElfException expected) {
                assertTrue(!expected.getMessage().isEmpty());
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new AssertionError("round " + round + ": " + e, e);
            }
        }
    }

    // ---- Machine.load ----

    private static Machine machine() {
        return new Machine(new MachineConfig().ramMiB(2));
    }

    @Test
    void segmentsOutsideRamAreRejectedByTheMachine() {
        Machine machine = machine();
        String below = assertThrows(
                        ElfException.class,
                        () -> machine.load(
                                new ElfBuilder().code(0x1000, jal(ZERO, 0)).build()))
                .getMessage();
        assertTrue(below.contains("outside RAM"), below);
        byte[] straddling =
                new ElfBuilder().segment(RAM + (2 << 20) - 8, new byte[8], 16).build();
        String end =
                assertThrows(ElfException.class, () -> machine.load(straddling)).getMessage();
        assertTrue(end.contains("outside RAM"), end);
    }

    @Test
    void loadStartsTheHartAtTheEntryInMachineModeWithA0Zero() throws ElfException {
        Machine machine = machine();
        ElfBuilder builder = program();
        builder.entry = RAM + 4;
        machine.hart().setRegister(A0, 99);
        machine.load(builder.build());
        assertEquals(RAM + 4, machine.hart().pc());
        assertEquals(0, machine.hart().register(A0));
        assertEquals(Privilege.MACHINE, machine.hart().privilege());
        assertEquals(RAM + 4, machine.image().entry());
    }

    @Test
    void memoryBeyondTheFileSizeIsZeroed() throws ElfException {
        Machine machine = machine();
        for (long offset = 0x100; offset < 0x200; offset++) {
            machine.bus().ram().writeByte(offset, 0xAA);
        }
        machine.load(new ElfBuilder()
                .segment(RAM + 0x100, new byte[] {1, 2, 3, 4}, 0x100)
                .build());
        assertEquals(0x04030201L, machine.bus().ram().read(0x100, 4));
        for (long offset = 0x104; offset < 0x200; offset++) {
            assertEquals(0, machine.bus().ram().readByte(offset), "bss byte " + offset);
        }
    }

    /** Stores {@code value} to tohost: li t0, tohost; li t1, value; sd t1, 0(t0); j . */
    private static byte[] tohostProgram(int value) {
        long tohost = RAM + 0x1000;
        return new ElfBuilder()
                .code(RAM, auipc(T0, 1), addi(T1, ZERO, value), sd(T1, T0, 0), addi(A0, ZERO, 7), jal(ZERO, 0))
                .symbol("tohost", tohost, 8, ElfBuilder.STT_OBJECT)
                .build();
    }

    @Test
    void oddValueStoredToTohostHaltsWithValueShiftedRight() throws ElfException {
        Machine machine = machine();
        machine.load(tohostProgram(42 << 1 | 1));
        machine.run(1000);
        assertTrue(machine.halted());
        assertEquals(42, machine.exitStatus());
        assertEquals(0, machine.hart().register(A0), "the run stopped right after the store");
        machine.load(tohostProgram(1));
        machine.run(1000);
        assertTrue(machine.halted());
        assertEquals(0, machine.exitStatus());
    }

    @Test
    void evenValueStoredToTohostDoesNotHalt() throws ElfException {
        Machine machine = machine();
        machine.load(tohostProgram(4));
        machine.run(1000);
        assertTrue(!machine.halted());
        assertEquals(4, machine.bus().ram().read(0x1000, 8));
    }

    @Test
    void resetReturnsToTheStateAfterLoad() throws ElfException {
        Machine machine = machine();
        machine.load(tohostProgram(3));
        machine.run(1000);
        machine.reset();
        assertTrue(!machine.halted());
        assertEquals(RAM, machine.hart().pc());
        assertEquals(0, machine.bus().ram().read(0x1000, 8), "tohost is fresh RAM again");
        machine.run(1000);
        assertTrue(machine.halted());
        assertEquals(1, machine.exitStatus());
    }

    private static final String TOHOST_SOURCE = String.join(
            "\n",
            ".globl _start",
            ".type _start, @function",
            "_start:",
            "  la t0, tohost",
            "  li t1, 11",
            "  sd t1, 0(t0)",
            "1: j 1b",
            ".size _start, . - _start",
            ".data",
            ".balign 8",
            ".globl tohost",
            "tohost: .dword 0",
            "");

    /** An executable from the GNU toolchain loads and signals through tohost. */
    @Test
    @NeedsHostTools
    void gnuLinkedExecutableRunsToTohost(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.S"), TOHOST_SOURCE);
        // a script rather than -Ttext, which would also load the ELF headers in a page below RAM
        Files.writeString(
                dir.resolve("t.ld"), "SECTIONS { . = 0x80000000; .text : { *(.text) } .data : { *(.data) } }\n");
        HostTool.Result gcc = HostTool.run(
                Duration.ofSeconds(60),
                dir,
                List.of(
                        "riscv64-unknown-elf-gcc",
                        "-march=rv64imac_zicsr",
                        "-mabi=lp64",
                        "-nostdlib",
                        "-nostartfiles",
                        "-T",
                        "t.ld",
                        "-o",
                        "t.elf",
                        "t.S"));
        assertTrue(gcc.exitStatus() == 0, gcc.everything());
        Machine machine = machine();
        machine.load(Files.readAllBytes(dir.resolve("t.elf")));
        assertEquals(RAM, machine.image().entry());
        assertEquals("_start", machine.image().functionAt(RAM + 4).name);
        assertTrue(machine.image().symbol("tohost") > RAM);
        machine.run(1000);
        assertTrue(machine.halted());
        assertEquals(5, machine.exitStatus());
    }

    @Test
    void endianFieldsAreReadLittleEndian() throws ElfException {
        byte[] file = program().build();
        long entry = ByteBuffer.wrap(file, 24, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(entry, ElfLoader.parse(file).entry());
    }
}
