package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block engine's store log (see {@code Hart.storeLog}): the byte stores of a block that otherwise leaves memory
 * alone wait in a log and reach RAM later, in order. Each case is a way to read memory, or to write it otherwise,
 * while stores wait: a load in the block after the loop, a store of another width or a byte store in a block
 * that does not keep the log, a slice that ends inside the loop (the machine reads RAM between slices), and byte
 * stores into code. Every case runs on the block engine without a translator (the only one that logs) and on the
 * per-instruction loop, which must end with the same registers and the same RAM.
 */
class StoreLogTest {
    private static final long DATA = Rig.DATA;

    /**
     * Both engines, the same program (which returns its stop): runs it in one long {@code run} call, so that the
     * block engine runs whole blocks, and compares registers and {@code bytes} of RAM.
     */
    private static Rig[] both(java.util.function.ToLongFunction<Rig> program, int bytes) {
        Rig blocks = new Rig(4, true), steps = new Rig(4, false);
        for (Rig rig : new Rig[] {blocks, steps}) {
            long end = program.applyAsLong(rig);
            rig.run(1_000_000);
            assertEquals(end, rig.pc(), "at the stop");
        }
        for (int r = 1; r < 32; r++) {
            assertEquals(steps.x(r), blocks.x(r), "x" + r);
        }
        for (int at = 0; at < bytes; at += 8) {
            assertEquals(steps.load(DATA + at, 8), blocks.load(DATA + at, 8), "RAM at DATA + " + at);
        }
        return new Rig[] {blocks, steps};
    }

    @ParameterizedTest(name = "stride {0}")
    @ValueSource(ints = {1, 9, 4104})
    void bytesStoredInALoopAreReadByTheLoopAfterIt(int stride) {
        int count = stride > 4096 ? 200 : 1000; // more stores than the log holds; 200 pages at the largest stride
        Rig[] rigs = both(
                rig -> {
                    rig.li(A0, DATA).li(A1, DATA + (long) count * stride).li(A4, stride);
                    long fill = rig.here(); // sb, add, add, bne: a block that keeps the log, linked to itself
                    rig.emit(sb(A2, A0, 0), addi(A2, A2, 7), add(A0, A0, A4), bne(A0, A1, fill - (rig.here() + 12)));
                    rig.li(A0, DATA);
                    long sum = rig.here(); // lbu: a block that does not keep it
                    rig.emit(lbu(T0, A0, 0), add(A3, A3, T0), add(A0, A0, A4), bne(A0, A1, sum - (rig.here() + 12)));
                    return rig.stop();
                },
                count * stride);
        long expected = 0;
        for (int i = 0; i < count; i++) {
            expected += (7L * i) & 0xFF;
        }
        assertEquals(expected, rigs[0].x(A3), "the sum of the bytes the first loop stored");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sh", "sw", "sd", "sb"})
    void aLaterStoreInABlockThatDoesNotKeepTheLogWinsOverLoggedBytes(String width) {
        // twice round: the fill loop falls into the block with the other store, which could be chained to it
        Rig[] rigs = both(
                rig -> {
                    rig.li(A5, 2).li(A6, 0x2233_4455_6677_8899L).li(A2, 0x11);
                    long outer = rig.here();
                    rig.li(A0, DATA).li(A1, DATA + 16);
                    long fill = rig.here();
                    rig.emit(sb(A2, A0, 0), addi(A0, A0, 1), bne(A0, A1, fill - (rig.here() + 8)));
                    int store = switch (width) {
                        case "sh" -> sh(A6, A1, -14);
                        case "sw" -> sw(A6, A1, -12);
                        case "sd" -> sd(A6, A1, -8);
                        default -> sb(A6, A1, -13);
                    };
                    // lbu keeps a block with a byte store out of the log; it reads a byte the loop stored
                    rig.emit(lbu(T1, A1, -16), store, addi(A5, A5, -1), bne(A5, ZERO, outer - (rig.here() + 12)));
                    return rig.stop();
                },
                16);
        assertEquals(0x11, rigs[0].x(T1), "the load after the loop saw its bytes");
        long low = rigs[0].load(DATA, 8), high = rigs[0].load(DATA + 8, 8);
        long ones = 0x1111_1111_1111_1111L;
        switch (width) {
            case "sh" -> assertEquals((ones & ~0xFFFF_0000L) | 0x8899_0000L, low); // DATA + 2
            case "sw" -> assertEquals((ones & 0xFFFF_FFFFL) | 0x6677_8899_0000_0000L, low); // DATA + 4
            case "sd" -> assertEquals(0x2233_4455_6677_8899L, high); // DATA + 8
            default -> assertEquals((ones & ~0xFF00_0000L) | 0x9900_0000L, low); // DATA + 3
        }
        if (!width.equals("sd")) {
            assertEquals(ones, high);
        }
    }

    @ParameterizedTest(name = "budget {0}")
    @ValueSource(ints = {1, 97, 1000, 4099})
    void aSliceEndingInsideAByteLoopLeavesEveryByteItStoredInRam(int budget) {
        Rig rig = new Rig(4, true);
        int length = 20_000;
        rig.li(A0, DATA).li(A1, DATA + length).li(A2, 1);
        long loop = rig.here();
        rig.emit(sb(A2, A0, 0), addi(A0, A0, 1), bne(A0, A1, loop - (rig.here() + 8)));
        long end = rig.stop();
        while (rig.pc() != end) {
            rig.run(budget);
            // the loop stores at a0, then moves it on: stopped between the two, it has stored the byte at a0 too
            long stored = rig.x(A0) - DATA + (rig.pc() == loop + 4 ? 1 : 0);
            for (long at = Math.max(0, stored - 600); at < Math.min(length, stored + 600); at++) {
                assertEquals(at < stored ? 1 : 0, rig.load(DATA + at, 1), "byte " + at + " with a0 at " + stored);
            }
        }
    }

    @ParameterizedTest(name = "budget {0}")
    @ValueSource(ints = {1, 2, 5, 97})
    void aSliceEndingInsideALoopThatStoresOneByteLeavesTheLastValueStored(int budget) {
        // where the budget ends inside the block, its first instructions run as a scratch block, which does not log
        Rig rig = new Rig(4, true);
        rig.li(A0, DATA).li(A2, 1).li(A3, 3000);
        long loop = rig.here();
        rig.emit(sb(A2, A0, 0), addi(A2, A2, 1), sb(A2, A0, 1), bne(A2, A3, loop - (rig.here() + 12)));
        long end = rig.stop();
        while (rig.pc() != end) {
            rig.run(budget);
            long pc = rig.pc(), a2 = rig.x(A2);
            if (pc >= loop && pc <= loop + 12 && a2 > 2) {
                assertEquals((pc == loop + 4 ? a2 : a2 - 1) & 0xFF, rig.load(DATA, 1), "byte 0 at pc " + (pc - loop));
                assertEquals((pc == loop + 8 ? a2 - 1 : a2) & 0xFF, rig.load(DATA + 1, 1));
            }
        }
    }

    @ParameterizedTest(name = "routine {0} pages on")
    @ValueSource(ints = {0, 3})
    void aByteLoopWritingCodeRunsTheCodeItWrote(int pagesOn) {
        long routine = Rig.CODE + 0x800 + pagesOn * 0x1000L;
        int patched = addi(A0, ZERO, 42);
        Rig[] rigs = both(
                rig -> {
                    rig.at(routine).emit(addi(A0, ZERO, 1), jalr(ZERO, RA, 0)).at(Rig.CODE);
                    rig.li(T0, routine).emit(jalr(RA, T0, 0)); // runs (and decodes) the old routine once
                    rig.emit(addi(A3, A0, 0));
                    rig.li(A0, DATA).li(A1, DATA + 64).li(A2, 0x5A);
                    for (int i = 0; i < 4; i++) {
                        rig.li(S2 + i, (patched >>> (8 * i)) & 0xFF);
                    }
                    long loop = rig.here(); // data bytes, then the new instruction a byte at a time, then back round
                    rig.emit(
                            sb(A2, A0, 0), sb(S2, T0, 0), sb(S3, T0, 1), sb(S4, T0, 2), sb(S5, T0, 3), addi(A0, A0, 1));
                    rig.emit(bne(A0, A1, loop - rig.here()));
                    rig.emit(jalr(RA, T0, 0), lbu(A4, A1, -1));
                    return rig.stop();
                },
                64);
        assertEquals(1, rigs[0].x(A3), "first call: the old routine");
        assertEquals(42, rigs[0].x(A0), "after the byte stores: the new routine");
        assertEquals(0x5A, rigs[0].x(A4));
    }
}
