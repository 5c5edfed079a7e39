package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mkplay.vmmagic.host.CsrFile;
import org.mkplay.vmmagic.host.HostMachine;
import org.mkplay.vmmagic.host.HostTrap;

class CsrTest {
    private HostMachine machine;

    @BeforeEach
    void freshMachine() {
        machine = new HostMachine();
        HostMachine.install(machine);
    }

    @Test
    void readWriteSwapSetAndClear() {
        Csr.write(Csr.SSCRATCH, 0x1234);
        assertEquals(0x1234, Csr.read(Csr.SSCRATCH));
        assertEquals(0x1234, Csr.swap(Csr.SSCRATCH, 0xf0));
        Csr.setBits(Csr.SSCRATCH, 0x0f);
        assertEquals(0xff, Csr.read(Csr.SSCRATCH));
        Csr.clearBits(Csr.SSCRATCH, 0x3c);
        assertEquals(0xc3, Csr.read(Csr.SSCRATCH));
    }

    @Test
    void sstatusIsAViewOfMstatus() {
        Csr.write(Csr.MSTATUS, Csr.STATUS_MPP | Csr.STATUS_SUM);
        assertEquals(Csr.STATUS_SUM, Csr.read(Csr.SSTATUS));
        Csr.setBits(Csr.SSTATUS, Csr.STATUS_SIE | Csr.STATUS_MIE);
        assertEquals(Csr.STATUS_MPP | Csr.STATUS_SUM | Csr.STATUS_SIE, Csr.read(Csr.MSTATUS), "MIE is not an sstatus bit");
    }

    @Test
    void sieAndSipShowOnlyDelegatedInterrupts() {
        Csr.write(Csr.MIDELEG, Csr.IRQ_STI | Csr.IRQ_SSI);
        Csr.write(Csr.SIE, Csr.IRQ_STI | Csr.IRQ_SEI);
        assertEquals(Csr.IRQ_STI, Csr.read(Csr.MIE));
        Csr.write(Csr.SIP, Csr.IRQ_SSI | Csr.IRQ_STI);
        assertEquals(Csr.IRQ_SSI, Csr.read(Csr.SIP), "only SSIP is writable through sip");
    }

    @Test
    void timeMovesOnlyWhenTheTestAdvancesIt() {
        long t0 = Csr.read(Csr.TIME);
        machine.csrs().advanceTime(250);
        assertEquals(t0 + 250, Csr.read(Csr.TIME));
    }

    @Test
    void readOnlyAndHigherPrivilegeCsrsTrap() {
        HostTrap readOnly = assertThrows(HostTrap.class, () -> Csr.write(Csr.TIME, 1));
        assertEquals(Trap.ILLEGAL_INSTRUCTION, readOnly.cause());
        assertTrue(readOnly.getMessage().contains("CSR 0xc01 is read-only"), readOnly.getMessage());
        Cpu.enterSupervisor();
        assertEquals(CsrFile.SUPERVISOR, machine.csrs().privilege());
        Csr.write(Csr.SATP, Csr.SATP_SV39 | 0x80000);
        HostTrap machineOnly = assertThrows(HostTrap.class, () -> Csr.read(Csr.MSTATUS));
        assertTrue(machineOnly.getMessage().contains("needs a higher privilege"), machineOnly.getMessage());
    }

    @Test
    void misaDescribesAnRv64imacHartAndIgnoresWrites() {
        Csr.write(Csr.MISA, 0);
        long misa = Csr.read(Csr.MISA);
        assertEquals(2, misa >>> 62);
        for (char ext : "IMACSU".toCharArray()) assertTrue((misa >> (ext - 'A') & 1) != 0, "extension " + ext);
    }
}
