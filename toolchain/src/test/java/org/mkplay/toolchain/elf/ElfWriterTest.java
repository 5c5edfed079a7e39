package org.mkplay.toolchain.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Reg.*;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.testkit.Qemu;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;

@NeedsHostTools
class ElfWriterTest {
    /** A bare-metal hello: writes to the 16550 UART (polling LSR bit 5) and powers off via the SiFive finisher. */
    static byte[] helloImage() {
        Assembler a = new Assembler(Virt.RAM_BASE);
        Label msg = a.newLabel("msg");
        Label loop = a.newLabel("loop");
        Label done = a.newLabel("done");
        Label wait = a.newLabel("wait");
        a.la(S1, msg);
        a.li(S2, Virt.UART_BASE);
        a.bind(loop);
        a.emit(Encoder.lbu(A0, S1, 0));
        a.beq(A0, ZERO, done);
        a.bind(wait);
        a.emit(Encoder.lbu(T0, S2, UartRegisters.LSR));
        a.emit(Encoder.andi(T0, T0, UartRegisters.LSR_THR_EMPTY));
        a.beq(T0, ZERO, wait);
        a.emit(Encoder.sb(A0, S2, UartRegisters.THR));
        a.emit(Encoder.addi(S1, S1, 1));
        a.j(loop);
        a.bind(done);
        a.li(T0, Virt.FINISHER_BASE);
        a.li(T1, Finisher.PASS);
        a.emit(Encoder.sw(T1, T0, 0));
        a.j(done);
        int codeSize = a.position();
        a.bind(msg);
        a.asciz("hello from mkplay\n");
        byte[] text = a.finish();
        ElfWriter w = new ElfWriter().entry(Virt.RAM_BASE);
        int seg = w.addSegment(new ElfWriter.Segment(
                ".text", Virt.RAM_BASE, Virt.RAM_BASE, text, text.length, ElfWriter.PF_R | ElfWriter.PF_X));
        w.addSymbol(new ElfWriter.Symbol("_start", Virt.RAM_BASE, codeSize, true, seg));
        w.addSymbol(new ElfWriter.Symbol("msg", a.address(msg), 19, false, seg));
        return w.write();
    }

    @Test
    void readelfAndObjdumpAcceptTheImage() throws Exception {
        String path = Files.write(Files.createTempFile("mkplay", ".elf"), helloImage())
                .toString();
        HostTool.Result r = HostTool.run(
                Duration.ofSeconds(30), List.of("riscv64-unknown-elf-readelf", "-W", "-h", "-l", "-S", "-s", path));
        assertEquals(0, r.exitStatus(), r.everything());
        assertTrue(r.everything().contains("RISC-V"), r.everything());
        assertTrue(r.everything().contains("RVC, soft-float ABI"), r.everything());
        assertTrue(r.everything().contains("Entry point address:               0x80000000"), r.everything());
        assertTrue(r.everything().matches("(?s).*LOAD .*0x0000000080000000 0x0000000080000000.*"), r.everything());
        assertTrue(r.everything().matches("(?s).*FUNC +GLOBAL +DEFAULT +1 _start.*"), r.everything());
        assertTrue(!r.everything().contains("Warning") && !r.everything().contains("Error"), r.everything());
        HostTool.Result d = HostTool.run(Duration.ofSeconds(30), List.of("riscv64-unknown-elf-objdump", "-d", path));
        assertEquals(0, d.exitStatus(), d.everything());
        assertTrue(d.everything().contains("<_start>:"), d.everything());
        assertTrue(d.everything().contains("lbu\ta0,0(s1)"), d.everything());
    }

    @Test
    void qemuBootsTheImage() throws Exception {
        Qemu.Run r = Qemu.boot(helloImage());
        assertEquals("hello from mkplay\n", (r.text() + r.diagnostics()).replace("\r", ""));
        assertEquals(0, r.exitStatus());
    }
}
