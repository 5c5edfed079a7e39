package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AddressTest {
    @RegisterExtension
    final FreshHostMachine machine = new FreshHostMachine();

    @Test
    void arithmeticIsOnTheRawValue() {
        Address a = Address.fromLong(0x8000_0000L);
        assertEquals(0x8000_1008L, a.plus(0x1008).toLong());
        assertEquals(0x7fff_fff8L, a.minus(8).toLong());
        assertEquals(-0x10, a.diff(a.plus(0x10)));
        assertEquals(0, Address.fromLong(-1).plus(1).toLong(), "wraps like a 64-bit register");
        assertTrue(Address.zero().isZero());
        assertFalse(a.isZero());
    }

    @Test
    void comparisonsAreUnsigned() {
        Address low = Address.fromLong(0x1000), high = Address.fromLong(0xffff_ffc0_0000_0000L);
        assertTrue(low.lt(high) && low.le(high) && high.gt(low) && high.ge(low) && low.ne(high));
        assertTrue(low.le(Address.fromLong(0x1000))
                && low.ge(Address.fromLong(0x1000))
                && low.eq(Address.fromLong(0x1000)));
        assertFalse(high.lt(low) || high.le(low) || low.gt(high) || low.ge(high) || low.eq(high));
    }

    @Test
    void loadsExtendLikeTheirJavaTypes() {
        Address a = Address.fromLong(0x8000_0000L);
        a.storeLong(0x8091_a2b3_c4d5_e6f7L);
        assertEquals((byte) 0xf7, a.loadByte());
        assertEquals((short) 0xe6f7, a.loadShort());
        assertEquals('\ue6f7', a.loadChar());
        assertEquals(0xc4d5_e6f7, a.loadInt());
        assertEquals(0x8091_a2b3_c4d5_e6f7L, a.loadLong());
        assertEquals(0xb3, a.loadByte(4) & 0xff);
        assertEquals(0x8091_a2b3, a.loadInt(4));
    }

    @Test
    void storesWriteTheLowBitsLittleEndian() {
        Address a = Address.fromLong(0x8000_0000L);
        a.storeByte(1, (byte) 0x12);
        a.storeShort(2, (short) 0x3456);
        a.storeChar(6, (char) 0xabcd);
        assertEquals(0xabcd_0000_3456_1200L, a.loadLong());
        a.storeInt(0, -1);
        assertEquals(0xabcd_0000_ffff_ffffL, a.loadLong());
        assertEquals(
                0xabcd_0000_ffff_ffffL, machine.load(0x8000_0000L, 8), "the machine's memory is what Address sees");
    }

    @Test
    void misalignedAccessesCrossingAPageWork() {
        Address edge = Address.fromLong(0x8000_0ffdL);
        edge.storeLong(0x1122_3344_5566_7788L);
        assertEquals(0x1122_3344_5566_7788L, edge.loadLong());
        assertEquals(0x1122_3344_55L, Address.fromLong(0x8000_1000L).loadLong() & 0xff_ffff_ffffL);
        assertEquals(2, machine.memory().pageCount());
    }

    @Test
    void addressesCanBeStoredInMemory() {
        Address slot = Address.fromLong(0x8000_2000L), target = Address.fromLong(0x8765_4321_0000L);
        slot.storeAddress(8, target);
        assertEquals(target, slot.loadAddress(8));
        assertTrue(slot.loadAddress().isZero(), "unwritten memory reads as zero");
    }

    @Test
    void eachThreadHasItsOwnMachine() throws Exception {
        Address.fromLong(0x100).storeLong(7);
        long[] seen = new long[1];
        Thread t = new Thread(() -> seen[0] = Address.fromLong(0x100).loadLong());
        t.start();
        t.join();
        assertEquals(0, seen[0]);
        assertEquals(7, Address.fromLong(0x100).loadLong());
    }
}
