package org.mkplay.web.demo;

import static org.mkplay.toolchain.asm.Reg.S0;
import static org.mkplay.toolchain.asm.Reg.T0;
import static org.mkplay.toolchain.asm.Reg.T1;
import static org.mkplay.toolchain.asm.Reg.T2;
import static org.mkplay.toolchain.asm.Reg.T3;
import static org.mkplay.toolchain.asm.Reg.ZERO;

import java.util.function.Consumer;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.elf.ElfWriter;

/** Board facts (QEMU virt) and building blocks shared by the bare-metal guest images the web app ships. */
final class BareMetal {
    static final long RAM_BASE = 0x8000_0000L;
    /** Stack top: the images are a few KiB, so 1 MiB into RAM is far above them. */
    static final long STACK_TOP = RAM_BASE + 0x10_0000L;
    static final long UART = 0x1000_0000L;
    /** 16550 line status register offset; bit 0 = receive data ready, bit 5 = transmit holding register empty. */
    static final int UART_LSR = 5, LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20;
    static final long SIFIVE_TEST = 0x0010_0000L;
    /** SiFive test finisher: writing 0x5555 powers off with status 0. */
    static final int FINISHER_PASS = 0x5555;

    private BareMetal() {}

    /** Assembles a program that starts at the base of RAM into an executable ELF with a {@code _start} symbol. */
    static byte[] image(Consumer<Assembler> program) {
        Assembler a = new Assembler(RAM_BASE);
        program.accept(a);
        return ElfWriter.bareMetal(RAM_BASE, a.finish()).write();
    }

    /** Spins until the UART (base address in {@code uart}) can take a byte; clobbers t0. */
    static void waitTransmitterEmpty(Assembler a, int uart) {
        Label poll = a.newLabel("thr_poll");
        a.bind(poll);
        a.emit(Encoder.lbu(T0, uart, UART_LSR));
        a.emit(Encoder.andi(T0, T0, LSR_THR_EMPTY));
        a.beq(T0, ZERO, poll);
    }

    /** Prints the 64-bit value of {@code reg} as 16 hex digits and a newline; clobbers t0-t3 and s0. */
    static void printHex(Assembler a, int reg) {
        a.li(S0, UART);
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
        a.emit(Encoder.sb(reg, S0, 0));
    }

    /** Powers the board off through the SiFive test finisher with exit status 0; clobbers t0, t1. */
    static void powerOff(Assembler a) {
        a.li(T0, SIFIVE_TEST);
        a.li(T1, FINISHER_PASS);
        a.emit(Encoder.sw(T1, T0, 0));
        Label hang = a.newLabel("hang");
        a.bind(hang);
        a.j(hang);
    }
}
