package org.mkplay.backend;

import static org.mkplay.riscv.isa.Reg.T0;
import static org.mkplay.riscv.isa.Reg.T1;
import static org.mkplay.riscv.isa.Reg.T2;
import static org.mkplay.riscv.isa.Reg.ZERO;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.elf.ElfWriter;

/** Tiny bare-metal RV64 programs for the QEMU virt board, assembled with our assembler into ELF images. */
final class GuestImages {
    static final long RAM_BASE = Virt.RAM_BASE;
    static final long UART = Virt.UART_BASE;
    /** 16550 line status register offset and its "data ready" bit. */
    static final int UART_LSR = UartRegisters.LSR, LSR_DATA_READY = UartRegisters.LSR_DATA_READY;

    static final long FINISHER = Virt.FINISHER_BASE;
    static final int FINISHER_PASS = Finisher.PASS, FINISHER_FAIL = Finisher.FAIL;
    /** Where {@link #exitThroughTohost} places its {@code tohost} word: a data segment after the code. */
    static final long TOHOST = RAM_BASE + 0x1000;

    static final int CSR_MTVEC = Csr.MTVEC;

    private GuestImages() {}

    /** Prints "hi\n" on the UART, then exits through the SiFive test finisher with {@code code}. */
    static byte[] printHiAndExit(int code) {
        return printAndExit("hi\n".getBytes(StandardCharsets.US_ASCII), code);
    }

    /** Writes {@code bytes} to the UART transmitter one by one, then exits through the finisher with {@code code}. */
    static byte[] printAndExit(byte[] bytes, int code) {
        return image(a -> {
            print(a, bytes);
            exit(a, code);
        });
    }

    /** Exits by storing {@code (status << 1) | 1} to {@code tohost} (riscv-tests protocol), never touching the finisher. */
    static byte[] exitThroughTohost(int status) {
        Assembler a = new Assembler(RAM_BASE);
        a.li(T0, TOHOST);
        a.li(T1, (long) status << 1 | 1);
        a.emit(Encoder.sd(T1, T0, 0));
        hang(a);
        return withTohost(a.finish());
    }

    /** Sleeps in wfi forever with no interrupt enabled: only host input could ever matter, and none is read. */
    static byte[] sleepForever() {
        return image(a -> {
            Label sleep = a.newLabel("sleep");
            a.bind(sleep);
            a.emit(Encoder.wfi());
            a.j(sleep);
        });
    }

    /** Takes one environment call in M-mode (a trap to its own handler), then passes. */
    static byte[] ecallThenPass() {
        return image(a -> {
            Label handler = a.newLabel("handler");
            a.la(T0, handler);
            a.emit(Encoder.csrrw(ZERO, CSR_MTVEC, T0));
            a.emit(Encoder.ecall());
            a.align(4); // mtvec direct mode needs a 4-byte aligned handler
            a.bind(handler);
            exit(a, 0);
        });
    }

    /**
     * Traps forever without retiring anything: mtvec points at an all-zero word (an illegal instruction), so
     * the handler's first instruction traps to itself again.
     */
    static byte[] trapForever() {
        return image(a -> {
            Label handler = a.newLabel("handler");
            a.la(T0, handler);
            a.emit(Encoder.csrrw(ZERO, CSR_MTVEC, T0));
            a.align(4);
            a.bind(handler);
            a.emit(0); // the all-zero word is defined illegal
        });
    }

    /** Spins forever: {@code j .}. */
    /**
     * Writes one trace record to the trace window (ARG0..ARG3 = instret 1234, actor 1 / peer 0, endpoint 3, message
     * info label 7 and 2 words; then TYPE = 1, SEND), then exits with code 0.
     */
    static byte[] traceOneSend() {
        return image(a -> {
            a.li(T0, Virt.TRACE_BASE);
            long[] args = {1234, 1, 3, 7L << 32 | 2};
            for (int k = 0; k < args.length; k++) {
                a.li(T1, args[k]);
                a.emit(Encoder.sd(T1, T0, 8 + 8 * k));
            }
            a.li(T1, 1);
            a.emit(Encoder.sd(T1, T0, 0));
            exit(a, 0);
        });
    }

    /**
     * A run as a lesson check sees it: prints "user: Server is process 0\nuser: Client is process 1\n", writes two
     * SPAWN records (threads 0 and 1 of processes 0 and 1) and a RECEIVE record (thread 0 took label 7 from thread
     * 1), prints "done\n" and exits 0.
     */
    static byte[] namedIpc() {
        return image(a -> {
            print(a, "user: Server is process 0\nuser: Client is process 1\n".getBytes(StandardCharsets.US_ASCII));
            traceRecord(a, 8, new long[] {100, 0xFFFF_FFFFL, 0, 1});
            traceRecord(a, 8, new long[] {110, 0xFFFF_FFFFL | 1L << 32, 1, 1});
            traceRecord(a, 2, new long[] {1234, 0 | 1L << 32, 3, 7L << 32 | 2});
            print(a, "done\n".getBytes(StandardCharsets.US_ASCII));
            exit(a, 0);
        });
    }

    private static void traceRecord(Assembler a, long type, long[] args) {
        a.li(T0, Virt.TRACE_BASE);
        for (int k = 0; k < args.length; k++) {
            a.li(T1, args[k]);
            a.emit(Encoder.sd(T1, T0, 8 + 8 * k));
        }
        a.li(T1, type);
        a.emit(Encoder.sd(T1, T0, 0));
    }

    static byte[] spinForever() {
        return image(a -> {
            Label self = a.newLabel("spin");
            a.bind(self);
            a.j(self);
        });
    }

    /**
     * Counts {@code iterations} down to zero (two instructions per iteration), prints "done\n" and passes:
     * a workload of a known size.
     */
    static byte[] countDown(long iterations) {
        return image(a -> {
            a.li(T2, iterations);
            Label loop = a.newLabel("loop");
            a.bind(loop);
            a.emit(Encoder.addi(T2, T2, -1));
            a.bne(T2, ZERO, loop);
            print(a, "done\n".getBytes(StandardCharsets.US_ASCII));
            exit(a, 0);
        });
    }

    /** Reads {@code count} bytes from the UART (polling LSR), echoes each, then exits with code 0. */
    static byte[] echo(int count) {
        return image(a -> {
            a.li(T0, UART);
            a.li(T2, count);
            Label poll = a.newLabel("poll");
            a.bind(poll);
            a.emit(Encoder.lbu(T1, T0, UART_LSR));
            a.emit(Encoder.andi(T1, T1, LSR_DATA_READY));
            a.beq(T1, ZERO, poll);
            a.emit(Encoder.lbu(T1, T0, 0));
            a.emit(Encoder.sb(T1, T0, 0));
            a.emit(Encoder.addi(T2, T2, -1));
            a.bne(T2, ZERO, poll);
            exit(a, 0);
        });
    }

    static void print(Assembler a, byte[] bytes) {
        a.li(T0, UART);
        for (byte b : bytes) {
            a.li(T1, b & 0xff);
            a.emit(Encoder.sb(T1, T0, 0));
        }
    }

    /** SiFive test finisher: 0x5555 passes (exit 0), (code << 16) | 0x3333 fails with code. */
    static void exit(Assembler a, int code) {
        a.li(T0, FINISHER);
        a.li(T1, code == 0 ? FINISHER_PASS : (long) code << 16 | FINISHER_FAIL);
        a.emit(Encoder.sw(T1, T0, 0));
        hang(a);
    }

    private static void hang(Assembler a) {
        Label hang = a.newLabel("hang");
        a.bind(hang);
        a.j(hang);
    }

    static byte[] image(Consumer<Assembler> program) {
        Assembler a = new Assembler(RAM_BASE);
        program.accept(a);
        return ElfWriter.bareMetal(RAM_BASE, a.finish()).write();
    }

    private static byte[] withTohost(byte[] code) {
        ElfWriter elf = ElfWriter.bareMetal(RAM_BASE, code);
        int data = elf.addSegment(
                new ElfWriter.Segment(".data", TOHOST, TOHOST, new byte[8], 8, ElfWriter.PF_R | ElfWriter.PF_W));
        elf.addSymbol(new ElfWriter.Symbol("tohost", TOHOST, 8, false, data));
        return elf.write();
    }
}
