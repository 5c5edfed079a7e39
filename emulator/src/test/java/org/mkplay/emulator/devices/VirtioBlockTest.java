package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.board.VirtioRegisters;

/** Drives the device the way a virtio driver does, over a fake RAM at 0x8000_0000. */
class VirtioBlockTest {
    private static final long RAM = 0x8000_0000L;
    private static final long DESC = RAM + 0x1000, AVAIL = RAM + 0x2000, USED = RAM + 0x3000;
    private static final long HEADER = RAM + 0x4000, DATA = RAM + 0x5000, STATUS = RAM + 0x7000;
    private static final int QUEUE_SIZE = 8;
    private static final int NEXT = 1, WRITE = 2;

    private final byte[] ram = new byte[0x10000];
    private final ByteArrayRam memory = new ByteArrayRam(RAM, ram);
    private final byte[] disk = new byte[16 * 512];
    private boolean irq;
    private int submitted;

    VirtioBlockTest() {
        for (int i = 0; i < disk.length; i++) {
            disk[i] = (byte) (i * 7 + i / 512);
        }
    }

    private VirtioBlock device(boolean readOnly) {
        VirtioBlock block = new VirtioBlock(level -> irq = level, memory, new ByteArrayBlockStore(disk, readOnly));
        initialise(block);
        return block;
    }

    private static int reg(VirtioBlock block, int offset) {
        return (int) block.read(offset, 4);
    }

    private static void set(VirtioBlock block, int offset, long value) {
        block.write(offset, 4, value);
    }

    /** The driver initialisation sequence of the virtio specification, §3.1.1. */
    private static void initialise(VirtioBlock block) {
        set(block, VirtioRegisters.REG_STATUS, 0);
        set(block, VirtioRegisters.REG_STATUS, 1 | 2);
        set(block, VirtioRegisters.REG_DRIVER_FEATURES_SEL, 1);
        set(block, VirtioRegisters.REG_DRIVER_FEATURES, 1); // VIRTIO_F_VERSION_1
        set(block, VirtioRegisters.REG_STATUS, 1 | 2 | 8);
        assertEquals(8, reg(block, VirtioRegisters.REG_STATUS) & 8, "FEATURES_OK accepted");
        set(block, VirtioRegisters.REG_QUEUE_SEL, 0);
        set(block, VirtioRegisters.REG_QUEUE_NUM, QUEUE_SIZE);
        set(block, VirtioRegisters.REG_QUEUE_DESC_LOW, DESC);
        set(block, VirtioRegisters.REG_QUEUE_DESC_HIGH, DESC >>> 32);
        set(block, VirtioRegisters.REG_QUEUE_DRIVER_LOW, AVAIL);
        set(block, VirtioRegisters.REG_QUEUE_DEVICE_LOW, USED);
        set(block, VirtioRegisters.REG_QUEUE_READY, 1);
        set(block, VirtioRegisters.REG_STATUS, 1 | 2 | 8 | 4);
    }

    private void put(long address, long value, int bytes) {
        memory.write(address - RAM, bytes, value);
    }

    private long get(long address, int bytes) {
        return memory.read(address - RAM, bytes);
    }

    private void descriptor(int index, long address, int length, int flags, int next) {
        long at = DESC + 16L * index;
        put(at, address, 8);
        put(at + 8, length, 4);
        put(at + 12, flags, 2);
        put(at + 14, next, 2);
    }

    private void header(int type, long sector) {
        put(HEADER, type, 4);
        put(HEADER + 4, 0, 4);
        put(HEADER + 8, sector, 8);
    }

    /** Header in descriptor 0, data in 1, status in 2; publishes head 0 and notifies. */
    private void request(
            VirtioBlock block, int type, long sector, long dataAddress, int dataLength, boolean deviceWrites) {
        header(type, sector);
        put(STATUS, 0xFF, 1);
        descriptor(0, HEADER, 16, NEXT, 1);
        descriptor(1, dataAddress, dataLength, NEXT | (deviceWrites ? WRITE : 0), 2);
        descriptor(2, STATUS, 1, WRITE, 0);
        submit(block, 0);
    }

    private void submit(VirtioBlock block, int head) {
        put(AVAIL + 4 + 2L * (submitted % QUEUE_SIZE), head, 2);
        submitted++;
        put(AVAIL + 2, submitted, 2);
        set(block, VirtioRegisters.REG_QUEUE_NOTIFY, 0);
    }

    private int status() {
        return (int) get(STATUS, 1);
    }

    @Test
    void identifiesAsAModernQemuBlockDevice() {
        VirtioBlock block = device(false);
        assertEquals(0x74726976, reg(block, VirtioRegisters.REG_MAGIC));
        assertEquals(2, reg(block, VirtioRegisters.REG_VERSION));
        assertEquals(2, reg(block, VirtioRegisters.REG_DEVICE_ID));
        assertEquals(0x554d4551, reg(block, VirtioRegisters.REG_VENDOR_ID));
        set(block, VirtioRegisters.REG_DEVICE_FEATURES_SEL, 0);
        assertEquals(0, reg(block, VirtioRegisters.REG_DEVICE_FEATURES));
        set(block, VirtioRegisters.REG_DEVICE_FEATURES_SEL, 1);
        assertEquals(1, reg(block, VirtioRegisters.REG_DEVICE_FEATURES));
        assertEquals(VirtioBlock.QUEUE_NUM_MAX, reg(block, VirtioRegisters.REG_QUEUE_NUM_MAX));
        assertEquals(16, block.read(VirtioRegisters.CONFIG, 8));
        assertEquals(16, block.read(VirtioRegisters.CONFIG, 4));
        assertEquals(0, block.read(VirtioRegisters.CONFIG + 4, 4));
        set(block, VirtioRegisters.REG_QUEUE_SEL, 1);
        assertEquals(0, reg(block, VirtioRegisters.REG_QUEUE_NUM_MAX), "only queue 0 exists");
    }

    @Test
    void acceptsFeaturesOkWithoutVersion1AsQemuDoes() {
        // xv6-riscv's driver writes only DriverFeatures[31:0] (VERSION_1 is bit 32) and boots on QEMU.
        VirtioBlock block = new VirtioBlock(level -> irq = level, memory, new ByteArrayBlockStore(disk));
        set(block, VirtioRegisters.REG_STATUS, 1 | 2);
        set(block, VirtioRegisters.REG_DRIVER_FEATURES_SEL, 0);
        set(block, VirtioRegisters.REG_DRIVER_FEATURES, reg(block, VirtioRegisters.REG_DEVICE_FEATURES));
        set(block, VirtioRegisters.REG_STATUS, 1 | 2 | 8);
        assertEquals(1 | 2 | 8, reg(block, VirtioRegisters.REG_STATUS));
    }

    @Test
    void refusesFeaturesOkForAFeatureNotOffered() {
        VirtioBlock block = new VirtioBlock(level -> irq = level, memory, new ByteArrayBlockStore(disk));
        set(block, VirtioRegisters.REG_STATUS, 1 | 2);
        set(block, VirtioRegisters.REG_DRIVER_FEATURES_SEL, 0);
        set(block, VirtioRegisters.REG_DRIVER_FEATURES, 1 << 5); // VIRTIO_BLK_F_RO, not offered for a writable disk
        set(block, VirtioRegisters.REG_STATUS, 1 | 2 | 8);
        assertEquals(1 | 2, reg(block, VirtioRegisters.REG_STATUS));
    }

    @Test
    void readsSectorsIntoGuestMemoryAndInterrupts() {
        VirtioBlock block = device(false);
        request(block, VirtqueueRequests.T_IN, 2, DATA, 1024, true);
        assertEquals(VirtqueueRequests.S_OK, status());
        assertArrayEquals(Arrays.copyOfRange(disk, 1024, 2048), Arrays.copyOfRange(ram, 0x5000, 0x5400));
        assertEquals(1, get(USED + 2, 2), "used idx");
        assertEquals(0, get(USED + 4, 4), "used id = head");
        assertEquals(1025, get(USED + 8, 4), "used len = data + status");
        assertTrue(irq);
        assertEquals(1, reg(block, VirtioRegisters.REG_INTERRUPT_STATUS));
        set(block, VirtioRegisters.REG_INTERRUPT_ACK, 1);
        assertFalse(irq);
        assertEquals(0, reg(block, VirtioRegisters.REG_INTERRUPT_STATUS));
    }

    @Test
    void writesGuestMemoryToTheDisk() {
        VirtioBlock block = device(false);
        Arrays.fill(ram, 0x5000, 0x5200, (byte) 0x5A);
        request(block, VirtqueueRequests.T_OUT, 15, DATA, 512, false);
        assertEquals(VirtqueueRequests.S_OK, status());
        for (int i = 15 * 512; i < 16 * 512; i++) {
            assertEquals(0x5A, disk[i]);
        }
        assertEquals(1, get(USED + 8, 4), "only the status byte was written");
    }

    @Test
    void getIdReturnsTheDeviceName() {
        VirtioBlock block = device(false);
        request(block, VirtqueueRequests.T_GET_ID, 0, DATA, 20, true);
        assertEquals(VirtqueueRequests.S_OK, status());
        String id = new String(ram, 0x5000, 20, StandardCharsets.US_ASCII).replace("\0", "");
        assertEquals("mkplay-virtio-blk", id);
    }

    @Test
    void headerSplitAcrossDescriptorsStillWorks() {
        VirtioBlock block = device(false);
        header(VirtqueueRequests.T_IN, 1);
        descriptor(0, HEADER, 8, NEXT, 3);
        descriptor(3, HEADER + 8, 8, NEXT, 4);
        descriptor(4, DATA, 512, NEXT | WRITE, 5);
        descriptor(5, STATUS, 1, WRITE, 0);
        submit(block, 0);
        assertEquals(VirtqueueRequests.S_OK, status());
        assertArrayEquals(Arrays.copyOfRange(disk, 512, 1024), Arrays.copyOfRange(ram, 0x5000, 0x5200));
    }

    @Test
    void badRequestsGetIoErrorAndTheDeviceKeepsWorking() {
        VirtioBlock block = device(false);
        request(block, VirtqueueRequests.T_IN, 16, DATA, 512, true);
        assertEquals(VirtqueueRequests.S_IOERR, status(), "beyond capacity");
        request(block, VirtqueueRequests.T_IN, -1L, DATA, 512, true);
        assertEquals(VirtqueueRequests.S_IOERR, status(), "sector 2^64-1");
        request(block, VirtqueueRequests.T_IN, 0, DATA, 100, true);
        assertEquals(VirtqueueRequests.S_IOERR, status(), "not whole sectors");
        request(block, VirtqueueRequests.T_IN, 0, 0x1000, 512, true);
        assertEquals(VirtqueueRequests.S_IOERR, status(), "data buffer outside RAM");
        request(block, 99, 0, DATA, 512, true);
        assertEquals(VirtqueueRequests.S_UNSUPP, status());
        assertEquals(5, get(USED + 2, 2));
        request(block, VirtqueueRequests.T_IN, 0, DATA, 512, true);
        assertEquals(VirtqueueRequests.S_OK, status());
    }

    @Test
    void loopingChainIsAnErrorNotAHang() {
        VirtioBlock block = device(false);
        header(VirtqueueRequests.T_IN, 0);
        descriptor(0, HEADER, 16, NEXT, 1);
        descriptor(1, DATA, 512, NEXT | WRITE, 0);
        submit(block, 0);
        assertEquals(1, get(USED + 2, 2), "the request was consumed");
        assertEquals(VirtqueueRequests.S_IOERR, ram[0x5000 + 511], "status in the last writable byte seen");
        request(block, VirtqueueRequests.T_IN, 0, DATA, 512, true);
        assertEquals(VirtqueueRequests.S_OK, status());
    }

    @Test
    void readOnlyDiskAdvertisesItAndRefusesWrites() {
        VirtioBlock block = device(true);
        set(block, VirtioRegisters.REG_DEVICE_FEATURES_SEL, 0);
        assertEquals(1 << 5, reg(block, VirtioRegisters.REG_DEVICE_FEATURES));
        byte[] before = disk.clone();
        request(block, VirtqueueRequests.T_OUT, 0, DATA, 512, false);
        assertEquals(VirtqueueRequests.S_IOERR, status());
        assertArrayEquals(before, disk);
    }

    @Test
    void unreadableRingsAskForAReset() {
        VirtioBlock block = device(false);
        set(block, VirtioRegisters.REG_QUEUE_DRIVER_LOW, 0x10); // avail ring outside RAM
        set(block, VirtioRegisters.REG_QUEUE_NOTIFY, 0);
        assertEquals(VirtioRegisters.STATUS_DEVICE_NEEDS_RESET, reg(block, VirtioRegisters.REG_STATUS) & 64);
        assertEquals(VirtioRegisters.INTERRUPT_CONFIG_CHANGE, reg(block, VirtioRegisters.REG_INTERRUPT_STATUS));
        assertTrue(irq);
        set(block, VirtioRegisters.REG_STATUS, 0);
        assertFalse(irq);
        assertEquals(0, reg(block, VirtioRegisters.REG_QUEUE_READY));
        initialise(block);
        request(block, VirtqueueRequests.T_IN, 0, DATA, 512, true);
        assertEquals(VirtqueueRequests.S_OK, status());
    }

    @Test
    void emptySlotHasDeviceIdZero() {
        VirtioBlock block = new VirtioBlock(level -> irq = level, memory, null);
        assertEquals(0, reg(block, VirtioRegisters.REG_DEVICE_ID));
        assertEquals(0, reg(block, VirtioRegisters.REG_QUEUE_NUM_MAX));
    }
}
