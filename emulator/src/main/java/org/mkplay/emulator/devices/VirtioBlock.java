package org.mkplay.emulator.devices;

import static org.mkplay.riscv.board.VirtioRegisters.*;

import org.mkplay.emulator.bus.Device;
import org.mkplay.emulator.bus.IrqLine;
import org.mkplay.emulator.bus.PhysicalMemory;

/**
 * virtio block device over virtio-mmio version 2 (VIRTIO 1.x "modern"), QEMU virt slot
 * 0x1000_1000, PLIC source 1. One split virtqueue (queue 0) of up to {@value #QUEUE_NUM_MAX}
 * entries. Registers are 32 bits (offsets from the virtio-mmio specification, §4.2.2):
 * <pre>
 *   0x000 MagicValue "virt"   0x004 Version 2   0x008 DeviceID 2 (0 without a disk)   0x00c VendorID "QEMU"
 *   0x010 DeviceFeatures      0x014 DeviceFeaturesSel   0x020 DriverFeatures   0x024 DriverFeaturesSel
 *   0x030 QueueSel  0x034 QueueNumMax  0x038 QueueNum  0x044 QueueReady  0x050 QueueNotify
 *   0x060 InterruptStatus  0x064 InterruptACK  0x070 Status  0x0fc ConfigGeneration (always 0)
 *   0x080/0x084 QueueDesc low/high  0x090/0x094 QueueDriver (avail) low/high  0x0a0/0x0a4 QueueDevice (used) low/high
 *   0x100 config: capacity (u64, in 512-byte sectors)
 * </pre>
 * Offered features: VIRTIO_F_VERSION_1, and VIRTIO_BLK_F_RO when the store is read-only.
 * FEATURES_OK is refused (reads back clear) if the driver accepts a feature that was not offered. A driver
 * that does not accept VERSION_1 still gets FEATURES_OK, as on QEMU (whose virtio-blk has no feature
 * validation): xv6's driver writes only the low 32 feature bits and relies on that.
 * Writing 0 to Status resets the device.
 *
 * <p>A write to QueueNotify processes every new available-ring entry synchronously: the chain
 * is read as device-readable bytes (16-byte request header, then OUT data) followed by
 * device-writable bytes (IN or GET_ID data, then the status byte), however the driver splits
 * them into descriptors. Requests: IN (0), OUT (1), FLUSH (4, trivially OK: stores are
 * synchronous), GET_ID (8, 20-byte id); others get UNSUPP. Out-of-range sectors, lengths that
 * are not whole sectors, writes to a read-only disk, descriptors outside RAM, indirect
 * descriptors and chains longer than the queue get IOERR — never a host exception. If the rings
 * themselves are unreadable the device sets DEVICE_NEEDS_RESET and signals a configuration change.
 * Then the used ring gets {head, length}, the length being the chain's whole device-writable size
 * as on QEMU; InterruptStatus bit 0 is set and the IRQ raised until the driver writes InterruptACK.
 */
public final class VirtioBlock implements Device {
    public static final int QUEUE_NUM_MAX = 128;

    private final IrqLine irq;
    private final BlockStore disk;
    private final VirtqueueRequests requests;
    private int deviceFeaturesSel;
    private int driverFeaturesSel;
    private long driverFeatures;
    private int queueSel;
    private int status;
    private int interruptStatus;
    /** Queue 0 configuration; only meaningful while queueReady. queueNum is a power of two <= QUEUE_NUM_MAX. */
    private int queueNum;

    private boolean queueReady;
    private long descTable;
    private long availRing;
    private long usedRing;
    /** Next available-ring index this device will consume (free-running u16). */
    private int lastAvailIdx;
    /** Index the device publishes in the used ring (free-running u16, owned by the device). */
    private int usedIdx;

    /** @param disk the backing store, or null for an empty slot (DeviceID 0, as virtio-mmio specifies) */
    public VirtioBlock(IrqLine irq, PhysicalMemory dma, BlockStore disk) {
        this.irq = irq;
        this.disk = disk;
        this.requests = new VirtqueueRequests(dma, disk);
        irq.set(false);
    }

    public long deviceFeatures() {
        if (disk == null) {
            return 0;
        }
        return F_VERSION_1 | (disk.readOnly() ? F_BLK_RO : 0);
    }

    /** Disk size in whole 512-byte sectors (a trailing partial sector is not addressable). */
    public long capacitySectors() {
        return disk == null ? 0 : disk.size() / SECTOR_SIZE;
    }

    @Override
    public long read(long offset, int width) {
        if (offset >= CONFIG) {
            long configOffset = offset - CONFIG;
            return configOffset < 8 ? RegisterLanes.extract(capacitySectors(), configOffset, width) : 0;
        }
        long word = offset & ~3L;
        return RegisterLanes.extract(readRegister((int) word) & 0xFFFF_FFFFL, offset - word, width);
    }

    private int readRegister(int register) {
        switch (register) {
            case REG_MAGIC:
                return MAGIC;
            case REG_VERSION:
                return VERSION;
            case REG_DEVICE_ID:
                return disk == null ? 0 : DEVICE_ID_BLOCK;
            case REG_VENDOR_ID:
                return VENDOR_ID;
            case REG_DEVICE_FEATURES:
                return featureWord(deviceFeatures(), deviceFeaturesSel);
            case REG_QUEUE_NUM_MAX:
                return queueSel == 0 && disk != null ? QUEUE_NUM_MAX : 0;
            case REG_QUEUE_READY:
                return queueSel == 0 && queueReady ? 1 : 0;
            case REG_INTERRUPT_STATUS:
                return interruptStatus;
            case REG_STATUS:
                return status;
            default:
                return 0; // write-only and reserved registers, ConfigGeneration
        }
    }

    private static int featureWord(long features, int select) {
        return select == 0 ? (int) features : select == 1 ? (int) (features >>> 32) : 0;
    }

    @Override
    public void write(long offset, int width, long value) {
        if (offset >= CONFIG || (offset & 3) != 0 || width != 4) {
            return; // capacity is read-only; the specification requires aligned 32-bit register writes
        }
        int v = (int) value;
        switch ((int) offset) {
            case REG_DEVICE_FEATURES_SEL:
                deviceFeaturesSel = v;
                break;
            case REG_DRIVER_FEATURES_SEL:
                driverFeaturesSel = v;
                break;
            case REG_DRIVER_FEATURES:
                writeDriverFeatures(v);
                break;
            case REG_QUEUE_SEL:
                queueSel = v;
                break;
            case REG_QUEUE_NOTIFY:
                if (v == 0) {
                    processQueue();
                }
                break;
            case REG_INTERRUPT_ACK:
                interruptStatus &= ~v;
                updateIrq();
                break;
            case REG_STATUS:
                writeStatus(v);
                break;
            default:
                writeQueueRegister((int) offset, v);
                break;
        }
    }

    private void writeDriverFeatures(int v) {
        if (driverFeaturesSel == 0) {
            driverFeatures = (driverFeatures & ~0xFFFF_FFFFL) | (v & 0xFFFF_FFFFL);
        } else if (driverFeaturesSel == 1) {
            driverFeatures = (driverFeatures & 0xFFFF_FFFFL) | ((long) v << 32);
        }
    }

    private void writeQueueRegister(int register, int v) {
        if (queueSel != 0) {
            return; // only queue 0 exists
        }
        long low = v & 0xFFFF_FFFFL;
        long high = low << 32;
        switch (register) {
            case REG_QUEUE_NUM:
                queueNum = v;
                break;
            case REG_QUEUE_READY:
                queueReady = (v & 1) != 0;
                break;
            case REG_QUEUE_DESC_LOW:
                descTable = (descTable & ~0xFFFF_FFFFL) | low;
                break;
            case REG_QUEUE_DESC_HIGH:
                descTable = (descTable & 0xFFFF_FFFFL) | high;
                break;
            case REG_QUEUE_DRIVER_LOW:
                availRing = (availRing & ~0xFFFF_FFFFL) | low;
                break;
            case REG_QUEUE_DRIVER_HIGH:
                availRing = (availRing & 0xFFFF_FFFFL) | high;
                break;
            case REG_QUEUE_DEVICE_LOW:
                usedRing = (usedRing & ~0xFFFF_FFFFL) | low;
                break;
            case REG_QUEUE_DEVICE_HIGH:
                usedRing = (usedRing & 0xFFFF_FFFFL) | high;
                break;
            default:
                break;
        }
    }

    private void writeStatus(int v) {
        if (v == 0) {
            reset();
            return;
        }
        boolean acceptable = (driverFeatures & ~deviceFeatures()) == 0;
        status = (v & STATUS_FEATURES_OK) != 0 && !acceptable ? v & ~STATUS_FEATURES_OK : v;
    }

    private void reset() {
        deviceFeaturesSel = 0;
        driverFeaturesSel = 0;
        driverFeatures = 0;
        queueSel = 0;
        status = 0;
        interruptStatus = 0;
        queueNum = 0;
        queueReady = false;
        descTable = 0;
        availRing = 0;
        usedRing = 0;
        lastAvailIdx = 0;
        usedIdx = 0;
        updateIrq();
    }

    private boolean queueUsable() {
        boolean powerOfTwo = queueNum > 0 && (queueNum & (queueNum - 1)) == 0;
        return disk != null
                && queueReady
                && powerOfTwo
                && queueNum <= QUEUE_NUM_MAX
                && (status & STATUS_DEVICE_NEEDS_RESET) == 0;
    }

    /** Consumes every new available entry (at most one queue's worth per notify), then interrupts. */
    private void processQueue() {
        if (!queueUsable()) {
            return;
        }
        int availIdx = requests.readU16(availRing + 2);
        int newEntries = (availIdx - lastAvailIdx) & 0xFFFF;
        if (availIdx < 0 || newEntries > queueNum) {
            needsReset(); // unreadable ring, or an index no correct driver can produce
            return;
        }
        for (int i = 0; i < newEntries; i++) {
            if (!serveEntry()) {
                needsReset();
                return;
            }
        }
        if (newEntries > 0) {
            interruptStatus |= INTERRUPT_USED_BUFFER;
            updateIrq();
        }
    }

    /** Serves the next available entry and publishes it in the used ring; false if a ring is unreachable. */
    private boolean serveEntry() {
        int slot = lastAvailIdx % queueNum;
        int head = requests.readU16(availRing + 4 + 2L * slot);
        if (head < 0) {
            return false;
        }
        int written = requests.serve(descTable, queueNum, head);
        long element = usedRing + 4 + 8L * (usedIdx % queueNum);
        boolean published = requests.writeU32(element, head)
                && requests.writeU32(element + 4, written)
                && requests.writeU16(usedRing + 2, (usedIdx + 1) & 0xFFFF);
        lastAvailIdx = (lastAvailIdx + 1) & 0xFFFF;
        usedIdx = (usedIdx + 1) & 0xFFFF;
        return published;
    }

    private void needsReset() {
        status |= STATUS_DEVICE_NEEDS_RESET;
        interruptStatus |= INTERRUPT_CONFIG_CHANGE;
        updateIrq();
    }

    private void updateIrq() {
        irq.set(interruptStatus != 0);
    }
}
