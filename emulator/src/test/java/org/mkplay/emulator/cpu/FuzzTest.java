package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.emulator.Machine;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;

/**
 * Random instruction words and halfwords executed in M, S and U mode with random register values
 * (many of them addresses of RAM and of the board's devices). Whatever the bits, no host exception
 * may escape {@link Machine#run}, and every step either retires one instruction or takes one trap.
 * Seeds are fixed, so a failure names a reproducible case.
 */
class FuzzTest {
    private static final int STEPS = 60_000;
    private static final int STEPS_PER_MACHINE = 200;
    private static final int BLOCKS = 300, BLOCK_LENGTH = 256;
    private static final long CODE = Rig.CODE;
    private static final long[] INTERESTING = {
        Rig.RAM,
        Rig.DATA,
        Rig.CODE,
        Rig.RAM + (2 << 20) - 4,
        Virt.CLINT_BASE,
        Virt.CLINT_BASE + 0x4000,
        Virt.CLINT_BASE + 0xBFF8,
        Virt.PLIC_BASE,
        Virt.PLIC_BASE + 0x200004,
        Virt.UART_BASE,
        Virt.TRACE_BASE,
        0,
        -1,
        Long.MIN_VALUE,
        0x8000_0000_0000_0000L >>> 25
    };

    private static long randomValue(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return INTERESTING[random.nextInt(INTERESTING.length)] + random.nextInt(64) - 32;
            case 1:
                return random.nextInt(4096) - 2048;
            case 2:
                return Rig.DATA + random.nextInt(1 << 20);
            default:
                return random.nextLong();
        }
    }

    /** The bits to execute: a random word, or a random halfword (a 32-bit one takes the next halfword too). */
    private static int randomInstruction(Random random, boolean compressed) {
        int bits = random.nextInt();
        if (compressed && (bits & 3) == 3) {
            bits ^= random.nextInt(3) + 1; // mostly compressed: the low two bits become 00, 01 or 10
        }
        return bits;
    }

    private static Rig freshMachine(Random random) {
        Rig rig = new Rig(2);
        for (int i = 1; i < 32; i++) {
            rig.set(i, randomValue(random));
        }
        return rig;
    }

    /** Test-only: puts the hart in {@code privilege} directly, as a trap return would. */
    private static void enterPrivilege(Rig rig, int privilege) {
        rig.hart().csrs.privilege = privilege;
        rig.hart().translationContextChanged();
    }

    @ParameterizedTest(name = "privilege {0}, compressed {1}")
    @CsvSource({"3, false", "1, false", "0, false", "3, true", "1, true", "0, true"})
    void everyStepRetiresOrTraps(int privilege, boolean compressed) {
        Random random = new Random(1000L * privilege + (compressed ? 1 : 0));
        Rig rig = null;
        long retiredSteps = 0;
        for (int step = 0; step < STEPS; step++) {
            if (rig == null || step % STEPS_PER_MACHINE == 0 || rig.machine.halted() || rig.machine.waiting()) {
                rig = freshMachine(random);
            }
            int bits = randomInstruction(random, compressed);
            prepareStep(rig, random, privilege, bits);
            String what = String.format("step %d, privilege %d, bits %08x", step, privilege, bits);
            long retired = rig.machine.counters().instructions(),
                    traps = rig.machine.counters().trapsTotal();
            runGuarded(rig, 1, what);
            long retiredNow = rig.machine.counters().instructions() - retired;
            long trapped = rig.machine.counters().trapsTotal() - traps;
            assertEquals(1, retiredNow + trapped, what + ": one instruction retired or one trap taken");
            if (trapped == 1) {
                assertTrapEntered(rig, what);
            }
            assertEquals(0, rig.x(ZERO), what);
            retiredSteps += retiredNow;
        }
        System.out.printf(
                "privilege %d, compressed %b: %d of %d steps retired%n", privilege, compressed, retiredSteps, STEPS);
        assertTrue(retiredSteps > STEPS / 10 && retiredSteps < STEPS * 9 / 10, "a useful mix: " + retiredSteps);
    }

    private static void prepareStep(Rig rig, Random random, int privilege, int bits) {
        rig.at(CODE).emit(bits);
        for (int i = 1; i < 32; i++) {
            if (random.nextInt(4) == 0) {
                rig.set(i, randomValue(random));
            }
        }
        rig.setCsr(Csr.MTVEC, Rig.M_TRAP).setCsr(Csr.STVEC, Rig.S_TRAP);
        enterPrivilege(rig, privilege);
        rig.hart().setPc(CODE);
    }

    /** An exception (or an interrupt taken before the instruction) enters a handler with xepc = the instruction. */
    private static void assertTrapEntered(Rig rig, String what) {
        boolean machine = rig.pc() == Rig.M_TRAP && rig.csr(Csr.MEPC) == CODE;
        boolean supervisor = rig.pc() == Rig.S_TRAP && rig.csr(Csr.SEPC) == CODE;
        assertTrue(
                machine || supervisor,
                what + ": trapped to pc 0x" + Long.toHexString(rig.pc()) + ", mcause " + rig.csr(Csr.MCAUSE)
                        + ", mepc 0x" + Long.toHexString(rig.csr(Csr.MEPC)));
    }

    private static long runGuarded(Rig rig, long instructions, String what) {
        try {
            return rig.run(instructions);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": host exception escaped Machine.run", e);
        }
    }

    /**
     * Blocks of random code run in one go, with an M-mode handler that skips the faulting
     * instruction and returns: random CSR writes, jumps, stores into the code and device accesses
     * interact across instructions and slices.
     */
    @ParameterizedTest(name = "privilege {0}, compressed {1}")
    @CsvSource({"3, false", "1, false", "0, false", "3, true", "1, true", "0, true"})
    void blocksOfRandomCodeKeepTheMachineSound(int privilege, boolean compressed) {
        Random random = new Random(77L * privilege + (compressed ? 5 : 0));
        for (int block = 0; block < BLOCKS; block++) {
            Rig rig = randomProgram(random, privilege, compressed, new Rig(2));
            String what = "block " + block + ", privilege " + privilege;
            long work = rig.machine.counters().instructions()
                    + rig.machine.counters().trapsTotal();
            runGuarded(rig, 4 * BLOCK_LENGTH, what);
            long done = rig.machine.counters().instructions()
                    + rig.machine.counters().trapsTotal()
                    - work;
            assertTrue(
                    done >= 4 * BLOCK_LENGTH || rig.machine.halted() || rig.machine.waiting(),
                    what + ": the run ended early without a reason (" + done + ")");
            assertEquals(0, rig.x(ZERO), what);
        }
    }

    /**
     * The same blocks of random code (as above) on the per-instruction loop, on the block engine and on the block
     * engine translating every block ({@link JvmBlockTranslator}), in budgets
     * that end anywhere in a block: the registers, the pc, the trap CSRs, every counter and the code page must be
     * the same after each run. Random stores rewrite the code while it runs, jumps land inside blocks, and
     * traps are taken from anywhere in a block.
     */
    @ParameterizedTest(name = "privilege {0}, compressed {1}")
    @CsvSource({"3, false", "0, false", "3, true", "1, true"})
    void bothEnginesRunRandomCodeAlike(int privilege, boolean compressed) {
        Random random = new Random(31L * privilege + (compressed ? 7 : 0));
        for (int block = 0; block < BLOCKS / 5; block++) {
            long seed = random.nextLong();
            Rig steps = randomProgram(new Random(seed), privilege, compressed, new Rig(2, false));
            Rig blocks = randomProgram(new Random(seed), privilege, compressed, new Rig(2, true));
            Rig translated = randomProgram(new Random(seed), privilege, compressed, Rig.translating(2));
            for (int run = 0; run < 8; run++) {
                long budget = 1 + random.nextInt(BLOCK_LENGTH);
                String what = "program " + block + " (privilege " + privilege + "), run " + run;
                long retired = runGuarded(steps, budget, what);
                assertEquals(retired, runGuarded(blocks, budget, what), what + ": retired");
                assertEquals(retired, runGuarded(translated, budget, what), what + ": retired, translated");
                assertSameState(steps, blocks, what);
                assertSameState(steps, translated, what + " (translated)");
            }
        }
    }

    private static Rig randomProgram(Random random, int privilege, boolean compressed, Rig rig) {
        for (int i = 1; i < 32; i++) {
            rig.set(i, randomValue(random));
        }
        skippingHandler(rig, compressed ? 2 : 4);
        rig.at(CODE);
        for (int i = 0; i < BLOCK_LENGTH; i++) {
            int bits = randomInstruction(random, compressed);
            if (compressed) {
                rig.emitC(bits & 0xFFFF);
            } else {
                rig.emit(bits);
            }
        }
        enterPrivilege(rig, privilege);
        rig.hart().setPc(CODE);
        return rig;
    }

    private static void assertSameState(Rig expected, Rig actual, String what) {
        assertEquals(expected.pc(), actual.pc(), what + ": pc");
        for (int i = 1; i < 32; i++) {
            assertEquals(expected.x(i), actual.x(i), what + ": x" + i);
        }
        for (int csr : new int[] {Csr.MEPC, Csr.MCAUSE, Csr.MTVAL, Csr.MSTATUS, Csr.SEPC, Csr.SCAUSE, Csr.MINSTRET}) {
            assertEquals(expected.csr(csr), actual.csr(csr), what + ": CSR " + csr);
        }
        assertEquals(
                expected.machine.counters().toString(),
                actual.machine.counters().toString(),
                what + ": counts");
        for (long at = CODE; at < CODE + 4 * BLOCK_LENGTH; at += 8) {
            assertEquals(expected.load(at, 8), actual.load(at, 8), what + ": code at 0x" + Long.toHexString(at));
        }
    }

    /**
     * Random register-only code (every op {@link JvmBlockTranslator} compiles, with registers holding edge values)
     * in a loop that branches back while a random comparison holds: translated on its first run, it must leave the
     * registers, pc and counts the per-instruction loop leaves, after budgets that end anywhere.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void translatedRegisterCodeComputesWhatTheInterpreterDoes(int seed) {
        Random random = new Random(seed);
        for (int program = 0; program < 60; program++) {
            long programSeed = random.nextLong();
            Rig steps = registerProgram(new Random(programSeed), new Rig(2, false));
            Rig translated = registerProgram(new Random(programSeed), Rig.translating(2));
            for (int run = 0; run < 4; run++) {
                long budget = 1 + random.nextInt(2000);
                String what = "register program " + program + " (seed " + seed + "), run " + run;
                assertEquals(runGuarded(steps, budget, what), runGuarded(translated, budget, what), what);
                assertSameState(steps, translated, what);
            }
        }
    }

    private static Rig registerProgram(Random random, Rig rig) {
        for (int i = 1; i < 32; i++) {
            rig.set(i, randomValue(random));
        }
        rig.at(CODE);
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            rig.emit(randomRegisterInstruction(random));
        }
        int offset = (int) (CODE - rig.here());
        int a = 1 + random.nextInt(31), b = 1 + random.nextInt(31);
        int[] branches = {
            beq(a, b, offset),
            bne(a, b, offset),
            blt(a, b, offset),
            bge(a, b, offset),
            bltu(a, b, offset),
            bgeu(a, b, offset)
        };
        rig.emit(branches[random.nextInt(branches.length)]);
        rig.stop();
        rig.hart().setPc(CODE);
        return rig;
    }

    /** A valid register-only instruction with random registers and immediates (base, M, and the W forms). */
    private static int randomRegisterInstruction(Random random) {
        int rd = random.nextInt(32), rs1 = random.nextInt(32), rs2 = random.nextInt(32);
        int[][] op = { // opcode, funct3, funct7
            {0x33, 0, 0}, {0x33, 0, 0x20}, {0x33, 1, 0}, {0x33, 2, 0}, {0x33, 3, 0}, {0x33, 4, 0}, {0x33, 5, 0},
            {0x33, 5, 0x20}, {0x33, 6, 0}, {0x33, 7, 0}, {0x33, 0, 1}, {0x33, 1, 1}, {0x33, 2, 1}, {0x33, 3, 1},
            {0x33, 4, 1}, {0x33, 5, 1}, {0x33, 6, 1}, {0x33, 7, 1}, {0x3B, 0, 0}, {0x3B, 0, 0x20}, {0x3B, 1, 0},
            {0x3B, 5, 0}, {0x3B, 5, 0x20}, {0x3B, 0, 1}, {0x3B, 4, 1}, {0x3B, 5, 1}, {0x3B, 6, 1}, {0x3B, 7, 1}
        };
        switch (random.nextInt(4)) {
            case 0: {
                int[] r = op[random.nextInt(op.length)];
                return r[2] << 25 | rs2 << 20 | rs1 << 15 | r[1] << 12 | rd << 7 | r[0];
            }
            case 1: {
                int[] f3s = {0, 2, 3, 4, 6, 7}; // addi, slti, sltiu, xori, ori, andi
                return random.nextInt(4096) << 20 | rs1 << 15 | f3s[random.nextInt(6)] << 12 | rd << 7 | 0x13;
            }
            case 2: {
                int f3 = random.nextBoolean() ? 1 : 5; // shifts; bit 30 makes srai/sraiw
                boolean word = random.nextBoolean();
                int shamt = random.nextInt(word ? 32 : 64);
                int arithmetic = f3 == 5 && random.nextBoolean() ? 1 << 30 : 0;
                return arithmetic | shamt << 20 | rs1 << 15 | f3 << 12 | rd << 7 | (word ? 0x1B : 0x13);
            }
            default:
                return random.nextBoolean()
                        ? random.nextInt(4096) << 20 | rs1 << 15 | rd << 7 | 0x1B // addiw
                        : random.nextInt(1 << 20) << 12 | rd << 7 | (random.nextBoolean() ? 0x37 : 0x17); // lui, auipc
        }
    }

    /**
     * Random loops over memory, translated into regions of linked blocks (blocks translated on their first,
     * second or fifth run): loads and stores of every width at random alignments into RAM across pages, into the
     * code being run (which drops the translation), into devices and outside RAM (access faults, which the handler
     * skips), in budgets that end anywhere in the loops. The registers, pc, trap CSRs, counters, code and data must
     * be what the per-instruction loop leaves after every run.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3})
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // compiled code that ignores its budget
    void translatedMemoryLoopsRunAsTheInterpreterDoes(int seed) {
        Random random = new Random(seed * 7919L);
        for (int program = 0; program < 40; program++) {
            long programSeed = random.nextLong();
            int after = new int[] {1, 2, 5}[program % 3];
            Rig steps = memoryLoopProgram(new Random(programSeed), new Rig(2, false));
            Rig translated = memoryLoopProgram(new Random(programSeed), Rig.translating(2, after));
            for (int run = 0; run < 10; run++) {
                long budget = 1 + random.nextInt(3000);
                String what = "memory loop " + program + " (seed " + seed + ", after " + after + "), run " + run;
                assertEquals(runGuarded(steps, budget, what), runGuarded(translated, budget, what), what);
                assertSameState(steps, translated, what);
                for (long at = Rig.DATA - 0x1_0000; at < Rig.DATA + 0x1_0000; at += 8) {
                    assertEquals(
                            steps.load(at, 8), translated.load(at, 8), what + ": data at 0x" + Long.toHexString(at));
                }
            }
        }
    }

    /** Registers that the loops' random ops leave alone: the data, code and device pointers and the counter. */
    private static final int[] LOOP_REGISTERS = {S0, S1, S2, T1};

    private static Rig memoryLoopProgram(Random random, Rig rig) {
        for (int i = 1; i < 32; i++) {
            rig.set(i, randomValue(random));
        }
        for (long at = Rig.DATA - 0x1_0000; at < Rig.DATA + 0x1_0000; at += 8) {
            rig.store(at, 8, random.nextLong()); // every width and extension of a load shows
        }
        rig.set(S0, Rig.DATA + random.nextInt(4096) - 2048);
        rig.set(S1, CODE + random.nextInt(512));
        long[] elsewhere = {Virt.UART_BASE, Virt.CLINT_BASE + 0xBFF8, 0, Rig.RAM + (2 << 20) - 16, Virt.PLIC_BASE};
        rig.set(S2, elsewhere[random.nextInt(elsewhere.length)]);
        rig.set(T1, 1 + random.nextInt(60));
        skippingHandler(rig, 4);
        rig.at(CODE);
        int segments = 1 + random.nextInt(4);
        long[] starts = new long[segments];
        for (int segment = 0; segment < segments; segment++) {
            starts[segment] = rig.here();
            int length = 2 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                rig.emit(loopInstruction(random));
            }
            rig.emit(addi(T1, T1, -1));
            long target = starts[random.nextInt(segment + 1)];
            int a = 1 + random.nextInt(31), b = 1 + random.nextInt(31);
            int offset = (int) (target - rig.here());
            int[] branches = {bne(T1, ZERO, offset), blt(a, b, offset), bgeu(a, b, offset), beq(a, b, offset)};
            rig.emit(branches[random.nextInt(branches.length)]);
        }
        rig.emit(addi(T1, ZERO, 1 + random.nextInt(60)), jal(ZERO, CODE - rig.here() - 4));
        rig.hart().setPc(CODE);
        return rig;
    }

    /** A load or store off one of the loop's pointers, a step of the data pointer, or a register-only op. */
    private static int loopInstruction(Random random) {
        int choice = random.nextInt(10);
        if (choice < 5) {
            int[] bases = {S0, S0, S0, S0, S0, S0, S1, S1, S2, 1 + random.nextInt(31)};
            int base = bases[random.nextInt(bases.length)];
            int imm = random.nextInt(128) - 64;
            int value = 1 + random.nextInt(31);
            int rd = free(random);
            return switch (random.nextInt(11)) {
                case 0 -> lb(rd, base, imm);
                case 1 -> lh(rd, base, imm);
                case 2 -> lw(rd, base, imm);
                case 3 -> ld(rd, base, imm);
                case 4 -> lbu(rd, base, imm);
                case 5 -> lhu(rd, base, imm);
                case 6 -> lwu(rd, base, imm);
                case 7 -> sb(value, base, imm);
                case 8 -> sh(value, base, imm);
                case 9 -> sw(value, base, imm);
                default -> sd(value, base, imm);
            };
        }
        if (choice == 5) {
            return addi(S0, S0, random.nextInt(4096) - 2048); // to other pages: fast-cache misses and conflicts
        }
        while (true) {
            int bits = randomRegisterInstruction(random);
            int rd = (bits >>> 7) & 31;
            if (java.util.Arrays.stream(LOOP_REGISTERS).noneMatch(r -> r == rd)) {
                return bits;
            }
        }
    }

    private static int free(Random random) {
        while (true) {
            int rd = random.nextInt(32);
            if (java.util.Arrays.stream(LOOP_REGISTERS).noneMatch(r -> r == rd)) {
                return rd;
            }
        }
    }

    /** M-mode handler: mepc += {@code step}, mret; t0 is kept in mscratch. */
    private static void skippingHandler(Rig rig, int step) {
        rig.at(Rig.M_TRAP)
                .emit(
                        csrrw(T0, Csr.MSCRATCH, T0),
                        csrr(T0, Csr.MEPC),
                        addi(T0, T0, step),
                        Encoder.csrw(Csr.MEPC, T0),
                        csrrw(T0, Csr.MSCRATCH, T0),
                        mret());
    }
}
