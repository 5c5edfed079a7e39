package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.host.CsrFile;
import org.mkplay.vmmagic.host.HostTrap;

class CsrTest {
    @RegisterExtension
    final FreshHostMachine machine = new FreshHostMachine();

    @Test
    void readWriteSwapSetAndClear() {
        Csr.write(SSCRATCH, 0x1234);
        assertEquals(0x1234, Csr.read(SSCRATCH));
        assertEquals(0x1234, Csr.swap(SSCRATCH, 0xf0));
        Csr.setBits(SSCRATCH, 0x0f);
        assertEquals(0xff, Csr.read(SSCRATCH));
        Csr.clearBits(SSCRATCH, 0x3c);
        assertEquals(0xc3, Csr.read(SSCRATCH));
    }

    @Test
    void sstatusIsAViewOfMstatus() {
        Csr.write(MSTATUS, STATUS_MPP | STATUS_SUM);
        assertEquals(STATUS_SUM, Csr.read(SSTATUS));
        Csr.setBits(SSTATUS, STATUS_SIE | STATUS_MIE);
        assertEquals(STATUS_MPP | STATUS_SUM | STATUS_SIE, Csr.read(MSTATUS), "MIE is not an sstatus bit");
    }

    @Test
    void sieAndSipShowOnlyDelegatedInterrupts() {
        Csr.write(MIDELEG, IRQ_STI | IRQ_SSI);
        Csr.write(SIE, IRQ_STI | IRQ_SEI);
        assertEquals(IRQ_STI, Csr.read(MIE));
        Csr.write(SIP, IRQ_SSI | IRQ_STI);
        assertEquals(IRQ_SSI, Csr.read(SIP), "only SSIP is writable through sip");
    }

    @Test
    void timeMovesOnlyWhenTheTestAdvancesIt() {
        long t0 = Csr.read(TIME);
        machine.csrs().advanceTime(250);
        assertEquals(t0 + 250, Csr.read(TIME));
    }

    @Test
    void readOnlyAndHigherPrivilegeCsrsTrap() {
        HostTrap readOnly = assertThrows(HostTrap.class, () -> Csr.write(TIME, 1));
        assertEquals(Cause.ILLEGAL_INSTRUCTION, readOnly.cause());
        assertTrue(readOnly.getMessage().contains("CSR 0xc01 is read-only"), readOnly.getMessage());
        Cpu.enterSupervisor();
        assertEquals(CsrFile.SUPERVISOR, machine.csrs().privilege());
        Csr.write(SATP, SATP_SV39 | 0x80000);
        HostTrap machineOnly = assertThrows(HostTrap.class, () -> Csr.read(MSTATUS));
        assertTrue(machineOnly.getMessage().contains("needs a higher privilege"), machineOnly.getMessage());
    }

    @Test
    void misaDescribesAnRv64imacHartAndIgnoresWrites() {
        Csr.write(MISA, 0);
        long misa = Csr.read(MISA);
        assertEquals(2, misa >>> 62);
        for (char ext : "IMACSU".toCharArray()) assertTrue((misa >> (ext - 'A') & 1) != 0, "extension " + ext);
    }
}
