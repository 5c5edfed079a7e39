package org.mkplay.web.demo;

import static org.mkplay.riscv.isa.Reg.A0;
import static org.mkplay.riscv.isa.Reg.S0;
import static org.mkplay.riscv.isa.Reg.S1;
import static org.mkplay.riscv.isa.Reg.SP;
import static org.mkplay.riscv.isa.Reg.T0;
import static org.mkplay.riscv.isa.Reg.T1;
import static org.mkplay.riscv.isa.Reg.T2;
import static org.mkplay.riscv.isa.Reg.ZERO;

import org.mkplay.riscv.board.PlicRegisters;
import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;

/**
 * The playground's demo guest: prints a banner, counts to {@link #COUNT_TO} (one line per busy-wait of
 * {@link #DELAY_ITERATIONS}), prints a prompt, then echoes every byte typed on the UART forever
 * (a carriage return comes back as CR LF). Between keystrokes it sleeps in {@code wfi}: the UART's
 * receive interrupt (IRQ 10, through the PLIC's M-mode context) wakes it, so an idle playground retires
 * nothing and the page's worker idles too. Interrupts stay globally off (mstatus.MIE = 0): wfi wakes on
 * a pending enabled interrupt without taking a trap. It never exits.
 */
public final class DemoImage {
    public static final String BANNER = "mkplay demo: bare-metal RV64 on the mkplay emulator\r\n";
    public static final String PROMPT = "type something> ";
    public static final String COUNT_PREFIX = "count ";
    public static final int COUNT_TO = 5;
    public static final int DELAY_ITERATIONS = 200_000;
    /** The PLIC's registers of the hart's M-mode context: enable bits of sources 0..31, claim/complete. */
    private static final long PLIC_ENABLE_M =
            Virt.PLIC_BASE + PlicRegisters.ENABLE_BASE + PlicRegisters.ENABLE_STRIDE * PlicRegisters.CONTEXT_M;

    private static final long PLIC_CLAIM_M = Virt.PLIC_BASE
            + PlicRegisters.CONTEXT_BASE
            + PlicRegisters.CONTEXT_STRIDE * PlicRegisters.CONTEXT_M
            + PlicRegisters.CLAIM_COMPLETE;
    private static final String CRLF = "\r\n";

    private final Assembler a;
    private final Label banner, prompt, countPrefix, crlf, puts, putDec, getc, delay;

    private DemoImage(Assembler a) {
        this.a = a;
        banner = a.newLabel("banner");
        prompt = a.newLabel("prompt");
        countPrefix = a.newLabel("count_prefix");
        crlf = a.newLabel("crlf");
        puts = a.newLabel("puts");
        putDec = a.newLabel("put_dec");
        getc = a.newLabel("getc");
        delay = a.newLabel("delay");
    }

    /** The demo as an ELF image. */
    public static byte[] build() {
        return BareMetal.image(a -> new DemoImage(a).program());
    }

    private void program() {
        a.li(SP, BareMetal.STACK_TOP);
        a.li(S0, Virt.UART_BASE);
        enableReceiveInterrupt();
        print(banner);
        countLines();
        print(prompt);
        echoForever();
        subroutines();
        strings();
    }

    /** s1 runs 1..COUNT_TO; each line is "count N" after a busy wait. */
    private void countLines() {
        a.li(S1, 1);
        Label next = a.newLabel("count_next");
        a.bind(next);
        a.call(delay);
        print(countPrefix);
        a.mv(A0, S1);
        a.call(putDec);
        print(crlf);
        a.emit(Encoder.addi(S1, S1, 1));
        a.li(T0, COUNT_TO + 1);
        a.bne(S1, T0, next);
    }

    /** UART IER.ERBFI, PLIC priority 1 for the UART's source enabled in context 0 (M-mode), mie.MEIE. */
    private void enableReceiveInterrupt() {
        a.li(T0, 1);
        a.emit(Encoder.sb(T0, S0, UartRegisters.IER));
        a.li(T1, Virt.PLIC_BASE + PlicRegisters.PRIORITY_BASE + 4L * Virt.UART_IRQ);
        a.emit(Encoder.sw(T0, T1, 0));
        a.li(T1, PLIC_ENABLE_M);
        a.li(T0, 1L << Virt.UART_IRQ);
        a.emit(Encoder.sw(T0, T1, 0));
        a.li(T0, Csr.IRQ_MEI);
        a.emit(Encoder.csrrs(ZERO, Csr.MIE, T0));
    }

    private void echoForever() {
        Label loop = a.newLabel("echo"), plain = a.newLabel("echo_plain");
        a.bind(loop);
        a.call(getc);
        a.li(T0, '\r');
        a.bne(A0, T0, plain);
        print(crlf);
        a.j(loop);
        a.bind(plain);
        BareMetal.waitTransmitterEmpty(a, S0);
        a.emit(Encoder.sb(A0, S0, 0));
        a.j(loop);
    }

    private void print(Label string) {
        a.la(A0, string);
        a.call(puts);
    }

    private void subroutines() {
        emitPuts();
        emitPutDec();
        emitGetc();
        emitDelay();
    }

    /** puts(a0 = NUL-terminated string); clobbers a0, t0, t1. */
    private void emitPuts() {
        Label loop = a.newLabel("puts_loop"), done = a.newLabel("puts_done");
        a.bind(puts);
        a.bind(loop);
        a.emit(Encoder.lbu(T1, A0, 0));
        a.beq(T1, ZERO, done);
        BareMetal.waitTransmitterEmpty(a, S0);
        a.emit(Encoder.sb(T1, S0, 0));
        a.emit(Encoder.addi(A0, A0, 1));
        a.j(loop);
        a.bind(done);
        a.ret();
    }

    /** put_dec(a0 = unsigned value): digits are produced last-first into a stack buffer, then sent. */
    private void emitPutDec() {
        Label digit = a.newLabel("dec_digit"), send = a.newLabel("dec_send");
        a.bind(putDec);
        a.emit(Encoder.addi(SP, SP, -32));
        a.emit(Encoder.addi(T2, SP, 32));
        a.li(T1, 10);
        a.bind(digit);
        a.emit(Encoder.remu(T0, A0, T1));
        a.emit(Encoder.addi(T0, T0, '0'));
        a.emit(Encoder.addi(T2, T2, -1));
        a.emit(Encoder.sb(T0, T2, 0));
        a.emit(Encoder.divu(A0, A0, T1));
        a.bne(A0, ZERO, digit);
        a.emit(Encoder.addi(A0, SP, 32));
        a.bind(send);
        a.emit(Encoder.lbu(T1, T2, 0));
        BareMetal.waitTransmitterEmpty(a, S0);
        a.emit(Encoder.sb(T1, S0, 0));
        a.emit(Encoder.addi(T2, T2, 1));
        a.bne(T2, A0, send);
        a.emit(Encoder.addi(SP, SP, 32));
        a.ret();
    }

    /**
     * getc() -> a0: sleeps until a byte has arrived, then reads it and claims and completes the UART's
     * interrupt at the PLIC (after the read, so the source is low and does not become pending again).
     * A claim that finds nothing returns 0, and completing 0 is ignored.
     */
    private void emitGetc() {
        Label poll = a.newLabel("getc_poll"), ready = a.newLabel("getc_ready");
        a.bind(getc);
        a.bind(poll);
        a.emit(Encoder.lbu(T0, S0, UartRegisters.LSR));
        a.emit(Encoder.andi(T0, T0, UartRegisters.LSR_DATA_READY));
        a.bne(T0, ZERO, ready);
        a.emit(Encoder.wfi());
        a.j(poll);
        a.bind(ready);
        a.emit(Encoder.lbu(A0, S0, 0));
        a.li(T1, PLIC_CLAIM_M);
        a.emit(Encoder.lw(T0, T1, 0));
        a.emit(Encoder.sw(T0, T1, 0));
        a.ret();
    }

    private void emitDelay() {
        Label loop = a.newLabel("delay_loop");
        a.bind(delay);
        a.li(T0, DELAY_ITERATIONS);
        a.bind(loop);
        a.emit(Encoder.addi(T0, T0, -1));
        a.bne(T0, ZERO, loop);
        a.ret();
    }

    private void strings() {
        string(banner, BANNER);
        string(prompt, PROMPT);
        string(countPrefix, COUNT_PREFIX);
        string(crlf, CRLF);
    }

    private void string(Label label, String text) {
        a.bind(label);
        a.asciz(text);
    }
}
