package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mkplay.riscv.priv.Csr.*;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.host.CsrFile;

/** Boot's M-mode set-up, and the whole boot on the simulated board. */
class BootTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    @Test
    void machineModeOpensAllMemoryToSupervisorAndUser() {
        Boot.prepareMachineMode();
        assertEquals(0x003f_ffff_ffff_ffffL, Csr.read(PMPADDR0), "NAPOT: all address bits below 56 ones");
        assertEquals(0x1f, Csr.read(PMPCFG0), "entry 0: R, W, X, A = NAPOT");
    }

    @Test
    void machineModeDelegatesEveryExceptionOfSAndUAndTheSupervisorInterrupts() {
        Boot.prepareMachineMode();
        long expected = 0;
        for (int cause : new int[] {
            Cause.INSTRUCTION_MISALIGNED,
            Cause.INSTRUCTION_ACCESS_FAULT,
            Cause.ILLEGAL_INSTRUCTION,
            Cause.BREAKPOINT,
            Cause.LOAD_MISALIGNED,
            Cause.LOAD_ACCESS_FAULT,
            Cause.STORE_MISALIGNED,
            Cause.STORE_ACCESS_FAULT,
            Cause.ECALL_FROM_U,
            Cause.ECALL_FROM_S,
            Cause.INSTRUCTION_PAGE_FAULT,
            Cause.LOAD_PAGE_FAULT,
            Cause.STORE_PAGE_FAULT
        }) {
            expected |= 1L << cause;
        }
        assertEquals(expected, Csr.read(MEDELEG));
        assertEquals(IRQ_SSI | IRQ_STI | IRQ_SEI, Csr.read(MIDELEG));
    }

    @Test
    void machineModeEnablesSstcAndInstretForSupervisor() {
        Boot.prepareMachineMode();
        assertEquals(MENVCFG_STCE, Csr.read(MENVCFG));
        assertEquals(COUNTEREN_TM | COUNTEREN_IR, Csr.read(MCOUNTEREN));
    }

    /** With the built image's layout on the simulated machine, as vmmagic.Image reports it to the compiled kernel. */
    @Test
    void theWholeBootPrintsTheImagesTranscriptAndPowersOffWithZero() throws IOException {
        byte[] elf = Files.readAllBytes(KernelImageBootTest.IMAGE);
        KernelImage.Layout layout = KernelImage.layout(elf);
        board.setImage(layout.textStart(), layout.textEnd(), layout.dataStart(), layout.end());
        Frames.reset();
        SimulatedBoard.PowerOff off = assertThrows(SimulatedBoard.PowerOff.class, () -> Boot.main(new String[0]));
        assertEquals(0, off.status);
        assertEquals(KernelImageBootTest.transcript(elf), board.console.toString());
        assertEquals(SATP_SV39 | Frames.BASE >>> 12, Csr.read(SATP), "Sv39, ASID 0, the first frame is the root");
        assertEquals(1, board.sfenceVmas(), "one sfence.vma, after the satp write");
        assertEquals(Boot.TICKS, board.wfis(), "one wfi per tick");
        assertEquals(CsrFile.SUPERVISOR, board.csrs().privilege());
        assertEquals(0, Csr.read(SIE), "the clock is stopped before power-off");
    }
}
