package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kernel logic (an Sv39 mapper) unit-tested on the JVM through the HostMachine. */
class Sv39MapperTest {
    private static final Address POOL = Address.fromLong(0x8020_0000L);

    @RegisterExtension
    final FreshHostMachine machine = new FreshHostMachine();

    private Sv39Mapper mapper;
    private Address root;

    @BeforeEach
    void setUp() {
        mapper = new Sv39Mapper(POOL);
        root = mapper.newTable();
    }

    @Test
    void mapsAndTranslatesPages() {
        mapper.map(root, 0x0000_1000L, 0x8040_0000L, Sv39Mapper.READ | Sv39Mapper.USER);
        mapper.map(root, 0x0000_2000L, 0x8040_5000L, Sv39Mapper.READ | Sv39Mapper.WRITE | Sv39Mapper.USER);
        assertEquals(0x8040_0123L, mapper.translate(root, 0x0000_1123L));
        assertEquals(0x8040_5ff8L, mapper.translate(root, 0x0000_2ff8L));
        assertEquals(-1, mapper.translate(root, 0x0000_3000L));
        assertEquals(-1, mapper.translate(root, 0x4000_1000L), "another gigapage has no table");
        assertEquals(3, mapper.framesUsed(), "root + one level-1 + one level-0 table for neighbouring pages");
    }

    @Test
    void pageTableEntriesHaveTheSv39Format() {
        mapper.map(root, 0x7f_ffff_f000L, 0x8000_3000L, Sv39Mapper.READ | Sv39Mapper.EXECUTE);
        long l2 = root.loadLong(8 * 511);
        assertEquals(Sv39Mapper.VALID, l2 & 0x3ff, "a pointer to the next level has only V set");
        Address level1 = Address.fromLong(l2 >>> 10 << 12);
        assertEquals(POOL.plus(Sv39Mapper.PAGE), level1);
        Address level0 = Address.fromLong(level1.loadLong(8 * 511) >>> 10 << 12);
        long leaf = level0.loadLong(8 * 511);
        assertEquals(0x8000_3L, leaf >>> 10);
        assertEquals(
                Sv39Mapper.VALID | Sv39Mapper.READ | Sv39Mapper.EXECUTE | Sv39Mapper.ACCESSED | Sv39Mapper.DIRTY,
                leaf & 0x3ff);
    }

    @Test
    void activationWritesSatpAndFlushesTheTlb() {
        Sv39Mapper.activate(root, 5);
        long satp = Csr.read(SATP);
        assertEquals(8, satp >>> 60);
        assertEquals(5, satp >>> 44 & 0xffff);
        assertEquals(root.toLong() >>> 12, satp & 0xfff_ffff_ffffL);
        assertEquals(1, machine.sfenceVmas());
        assertEquals(-1, machine.lastSfenceVa(), "a full flush");
    }

    @Test
    void remappingAPageFlushesJustThatPage() {
        mapper.map(root, 0x5000L, 0x8040_0000L, Sv39Mapper.READ);
        mapper.map(root, 0x5000L, 0x8050_0000L, Sv39Mapper.READ);
        Cpu.sfenceVma(Address.fromLong(0x5000L), 3);
        assertEquals(0x8050_0000L, mapper.translate(root, 0x5000L));
        assertEquals(0x5000L, machine.lastSfenceVa());
        assertEquals(3, machine.lastSfenceAsid());
    }
}
