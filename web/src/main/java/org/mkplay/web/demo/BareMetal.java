package org.mkplay.web.demo;

import static org.mkplay.riscv.isa.Reg.S0;
import static org.mkplay.riscv.isa.Reg.T0;
import static org.mkplay.riscv.isa.Reg.T1;
import static org.mkplay.riscv.isa.Reg.T2;
import static org.mkplay.riscv.isa.Reg.T3;
import static org.mkplay.riscv.isa.Reg.ZERO;

import java.util.function.Consumer;
import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.elf.ElfWriter;

/** Building blocks shared by the bare-metal guest images the web app ships (the board's facts are {@link Virt}'s). */
final class BareMetal {
    /** Stack top: the images are a few KiB, so 1 MiB into RAM is far above them. */
    static final long STACK_TOP = Virt.RAM_BASE + 0x10_0000L;

    private BareMetal() {}

    /** Assembles a program that starts at the base of RAM into an executable ELF with a {@code _start} symbol. */
    static byte[] image(Consumer<Assembler> program) {
        Assembler a = new Assembler(Virt.RAM_BASE);
        program.accept(a);
        return ElfWriter.bareMetal(Virt.RAM_BASE, a.finish()).write();
    }

    /** Spins until the UART (base address in {@code uart}) can take a byte; clobbers t0. */
    static void waitTransmitterEmpty(Assembler a, int uart) {
        Label poll = a.newLabel("thr_poll");
        a.bind(poll);
        a.emit(Encoder.lbu(T0, uart, UartRegisters.LSR));
        a.emit(Encoder.andi(T0, T0, UartRegisters.LSR_THR_EMPTY));
        a.beq(T0, ZERO, poll);
    }

    /** Prints the 64-bit value of {@code reg} as 16 hex digits and a newline; clobbers t0-t3 and s0. */
    static void printHex(Assembler a, int reg) {
        a.li(S0, Virt.UART_BASE);
        a.li(T3, 60);
        Label digit = a.newLabel("hex_digit"), letter = a.newLabel("hex_letter"), send = a.newLabel("hex_send");
        a.bind(digit);
        a.emit(Encoder.srl(T2, reg, T3));
        a.emit(Encoder.andi(T2, T2, 0xf));
        a.li(T1, 10);
        a.bge(T2, T1, letter);
        a.emit(Encoder.addi(T2, T2, '0'));
        a.j(send);
        a.bind(letter);
        a.emit(Encoder.addi(T2, T2, 'a' - 10));
        a.bind(send);
        putByte(a, T2);
        a.emit(Encoder.addi(T3, T3, -4));
        a.bge(T3, ZERO, digit);
        a.li(T2, '\n');
        putByte(a, T2);
    }

    /** Sends the byte in {@code reg} to the UART at s0 once it can take it; clobbers t0. */
    private static void putByte(Assembler a, int reg) {
        waitTransmitterEmpty(a, S0);
        a.emit(Encoder.sb(reg, S0, UartRegisters.THR));
    }

    /** Powers the board off through the SiFive test finisher with exit status 0; clobbers t0, t1. */
    static void powerOff(Assembler a) {
        a.li(T0, Virt.FINISHER_BASE);
        a.li(T1, Finisher.PASS);
        a.emit(Encoder.sw(T1, T0, 0));
        Label hang = a.newLabel("hang");
        a.bind(hang);
        a.j(hang);
    }
}
