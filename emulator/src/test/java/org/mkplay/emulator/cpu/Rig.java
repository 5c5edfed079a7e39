package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * A test harness around a {@link Machine}: writes instructions (from {@link Encoder}) into RAM, runs
 * them, and exposes registers, CSRs and memory. Programs end in a {@code j .} loop; the default trap
 * handlers of M-mode ({@link #M_TRAP}) and S-mode ({@link #S_TRAP}) are {@code j .} loops too, so
 * {@link #runToStop()} ends where the program finished or trapped and the trap CSRs can be inspected.
 *
 * <p>Register t6 is the scratch register of the emitted helper sequences ({@link #li}, {@link #csrw},
 * {@link #dropTo}); tests keep their values elsewhere.
 */
public final class Rig {
    public static final long RAM = Virt.RAM_BASE;
    public static final long M_TRAP = RAM + 0x100, S_TRAP = RAM + 0x200;
    public static final long CODE = RAM + 0x1000;
    /** Free RAM for data; tests may use the 1 MiB from here. */
    public static final long DATA = RAM + 0x10_0000;

    private static final int J_SELF = jal(ZERO, 0);

    public final Machine machine;
    private long cursor = CODE;

    public Rig() {
        this(4);
    }

    /** A rig on the suite's engine: the block engine, translating when the build says so ({@link #suiteConfig}). */
    public Rig(int ramMiB) {
        this(suiteConfig(ramMiB));
    }

    /** A rig whose hart runs the block engine or the per-instruction loop ({@link MachineConfig#blockEngine}). */
    public Rig(int ramMiB, boolean blockEngine) {
        this(new MachineConfig().ramMiB(ramMiB).blockEngine(blockEngine));
    }

    /** A rig whose hart's block engine translates every block on its first run into JVM bytecode. */
    public static Rig translating(int ramMiB) {
        return translating(ramMiB, 1);
    }

    /**
     * A rig whose block engine translates a block on its {@code after}-th run: after the first, the blocks it
     * reaches have been linked to it, so its code covers them too (a region, see {@link JvmBlockTranslator}).
     */
    public static Rig translating(int ramMiB, int after) {
        return new Rig(new MachineConfig().ramMiB(ramMiB).blockTranslator(new JvmBlockTranslator(), after));
    }

    /**
     * The engine the emulator's suite runs its rigs on: the block engine, or with {@code -Dmkplay.test.engine=jit}
     * (the build's second run of the suite) the block engine translating blocks after two runs.
     */
    public static MachineConfig suiteConfig(int ramMiB) {
        MachineConfig config = new MachineConfig().ramMiB(ramMiB);
        String engine = System.getProperty("mkplay.test.engine", "blocks");
        return switch (engine) {
            case "blocks" -> config;
            case "jit" -> config.blockTranslator(new JvmBlockTranslator(), 2);
            default -> throw new IllegalArgumentException("mkplay.test.engine: blocks or jit, not " + engine);
        };
    }

    public Rig(MachineConfig config) {
        machine = new Machine(config);
        at(M_TRAP).emit(J_SELF).at(S_TRAP).emit(J_SELF).at(CODE);
        setCsr(Csr.MTVEC, M_TRAP);
        setCsr(Csr.STVEC, S_TRAP);
        // As boot code does on a hart with PMP (the guests' crt0, xv6, our kernel): one NAPOT entry over all
        // memory with R, W and X, without which S and U may touch nothing (privileged spec 3.7.1).
        setCsr(Csr.PMPADDR0, -1L);
        setCsr(Csr.PMPCFG0, 0x1F);
        machine.hart().setPc(CODE);
    }

    // ---- emitting code ----

    /** Moves the emission cursor. */
    public Rig at(long address) {
        cursor = address;
        return this;
    }

    public long here() {
        return cursor;
    }

    /** Emits 32-bit instructions at the cursor. */
    public Rig emit(int... words) {
        for (int word : words) {
            store(cursor, 4, word);
            cursor += 4;
        }
        return this;
    }

    /** Emits 16-bit (compressed) instructions at the cursor. */
    public Rig emitC(int... halfwords) {
        for (int half : halfwords) {
            store(cursor, 2, half);
            cursor += 2;
        }
        return this;
    }

    /** Emits a {@code j .} loop and returns its address: the place {@link #runToStop()} ends. */
    public long stop() {
        long address = cursor;
        emit(J_SELF);
        return address;
    }

    /**
     * Emits at {@code handler} an M-mode trap handler that records minstret into {@code instret} and mepc into
     * {@code epc}, then spins; points mtvec at it and leaves the cursor where it was. Returns the spin loop's
     * address (where {@link #runToStop()} ends after the trap).
     */
    public long recordingHandler(long handler, int instret, int epc) {
        long resume = cursor;
        at(handler).emit(Encoder.csrr(instret, Csr.MINSTRET), Encoder.csrr(epc, Csr.MEPC));
        long spin = stop();
        at(resume);
        setCsr(Csr.MTVEC, handler);
        return spin;
    }

    /** Emits the shortest lui/addiw/slli/addi sequence that loads {@code value} into {@code rd}. */
    public Rig li(int rd, long value) {
        if (value == (int) value) {
            int low = (value << 52) >> 52 == value ? 0 : 1;
            int upper = (int) ((value + 0x800) >> 12) & 0xFFFFF;
            if (low == 0) {
                return emit(addi(rd, ZERO, (int) value));
            }
            return emit(lui(rd, upper), addiw(rd, rd, (int) ((value << 52) >> 52)));
        }
        long lowTwelve = (value << 52) >> 52;
        long rest = (value - lowTwelve) >> 12;
        int shift = 12 + Long.numberOfTrailingZeros(rest);
        li(rd, (value - lowTwelve) >> shift);
        emit(slli(rd, rd, shift));
        return lowTwelve == 0 ? this : emit(addi(rd, rd, (int) lowTwelve));
    }

    /** Writes {@code value} to {@code csr} through t6. */
    public Rig csrw(int csr, long value) {
        return li(T6, value).emit(Encoder.csrw(csr, T6));
    }

    /** Stores {@code value} ({@code width} 1, 4 or 8 bytes) at {@code address} through t5 and t6 (device registers). */
    public Rig storeTo(long address, long value, int width) {
        li(T5, address).li(T6, value);
        return emit(width == 8 ? sd(T6, T5, 0) : width == 4 ? sw(T6, T5, 0) : sb(T6, T5, 0));
    }

    /** Emits an {@code mret} into {@code privilege} (mstatus.MPP) that continues right after the sequence. */
    public Rig dropTo(int privilege) {
        li(T6, Csr.STATUS_MPP).emit(csrrc(ZERO, Csr.MSTATUS, T6));
        li(T6, (long) privilege << Csr.STATUS_MPP_SHIFT).emit(csrrs(ZERO, Csr.MSTATUS, T6));
        return emit(auipc(T6, 0), addi(T6, T6, 16), Encoder.csrw(Csr.MEPC, T6), mret());
    }

    /**
     * Runs {@code instruction} alone at {@code privilege}, the CSRs and a1 as the caller set them up; true if
     * it raised illegal-instruction, which must then have left mepc at it, mtval = its bits and rd (a0)
     * unchanged.
     */
    public boolean raisesIllegalInstruction(int privilege, int instruction) {
        set(A0, 0x5A);
        dropTo(privilege);
        long at = here();
        emit(instruction).stop();
        runToStop();
        if (pc() != M_TRAP) {
            return false;
        }
        String what = String.format("%08x at privilege %d", instruction, privilege);
        assertEquals(Cause.ILLEGAL_INSTRUCTION, csr(Csr.MCAUSE), what);
        assertEquals(at, csr(Csr.MEPC), what);
        assertEquals(instruction & 0xFFFF_FFFFL, csr(Csr.MTVAL), what + ": mtval = the instruction");
        assertEquals(0x5A, x(A0), what + ": rd unchanged");
        return true;
    }

    // ---- running ----

    public long run(long instructions) {
        return machine.run(instructions);
    }

    /**
     * Runs one instruction at a time until the hart spins on a {@code j .} loop (the end of the
     * program or a trap handler: an instruction retires and the pc stays); fails after {@code limit} steps.
     */
    public Rig runToStop(long limit) {
        for (long i = 0; i < limit; i++) {
            long before = pc();
            if (run(1) == 1 && pc() == before) {
                return this;
            }
        }
        throw new AssertionError("no stop within " + limit + " instructions; pc = 0x" + Long.toHexString(pc()));
    }

    /**
     * Executes {@code instruction} (32-bit, or 16-bit when its low bits are not 11) alone at
     * {@link #CODE} and returns rd = a0; fails if it trapped.
     */
    public long single(int instruction) {
        at(CODE);
        if ((instruction & 3) == 3) {
            emit(instruction);
        } else {
            emitC(instruction);
        }
        stop();
        hart().setPc(CODE);
        long traps = machine.counters().trapsTotal();
        run(1);
        if (machine.counters().trapsTotal() != traps) {
            throw new AssertionError(
                    "trapped: mcause " + csr(Csr.MCAUSE) + ", mtval 0x" + Long.toHexString(csr(Csr.MTVAL)));
        }
        return x(A0);
    }

    /** {@link #single} with a1 and a2 set first. */
    public long single(int instruction, long a1, long a2) {
        return set(A1, a1).set(A2, a2).single(instruction);
    }

    public Rig runToStop() {
        return runToStop(10_000);
    }

    // ---- state ----

    public Hart hart() {
        return machine.hart();
    }

    public long pc() {
        return hart().pc();
    }

    public long x(int register) {
        return hart().register(register);
    }

    public Rig set(int register, long value) {
        hart().setRegister(register, value);
        return this;
    }

    public long csr(int csr) {
        return hart().readCsr(csr);
    }

    /** Test setup only: writes a CSR as an M-mode CSR instruction would, without executing one. */
    public Rig setCsr(int csr, long value) {
        hart().csrs.write(csr, value);
        return this;
    }

    public int privilege() {
        return hart().privilege();
    }

    /** Stores through the bus, so that decoded-instruction caches see the new bytes. */
    public void store(long physicalAddress, int width, long value) {
        byte[] bytes = new byte[width];
        for (int i = 0; i < width; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        if (!machine.bus().write(physicalAddress, bytes, 0, width)) {
            throw new IllegalArgumentException("not RAM: 0x" + Long.toHexString(physicalAddress));
        }
    }

    /** Loads {@code width} bytes of RAM, zero-extended. */
    public long load(long physicalAddress, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value |= (long) machine.bus().ram().readByte(physicalAddress - RAM + i) << (8 * i);
        }
        return value;
    }
}
