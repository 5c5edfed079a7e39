package org.mkplay.riscv.board;

/**
 * Registers of a virtio-mmio slot (version 2, "modern"; offsets from the virtio 1.x specification, section
 * "MMIO Device Register Layout") at {@link Virt#VIRTIO_BASE}, and the block device's values. Registers are 32
 * bits; the device's configuration space starts at {@link #CONFIG}.
 */
public final class VirtioRegisters {
    private VirtioRegisters() {}

    public static final int REG_MAGIC = 0x000, REG_VERSION = 0x004, REG_DEVICE_ID = 0x008, REG_VENDOR_ID = 0x00c;
    public static final int REG_DEVICE_FEATURES = 0x010, REG_DEVICE_FEATURES_SEL = 0x014;
    public static final int REG_DRIVER_FEATURES = 0x020, REG_DRIVER_FEATURES_SEL = 0x024;
    public static final int REG_QUEUE_SEL = 0x030, REG_QUEUE_NUM_MAX = 0x034, REG_QUEUE_NUM = 0x038;
    public static final int REG_QUEUE_READY = 0x044, REG_QUEUE_NOTIFY = 0x050;
    public static final int REG_INTERRUPT_STATUS = 0x060, REG_INTERRUPT_ACK = 0x064, REG_STATUS = 0x070;
    public static final int REG_QUEUE_DESC_LOW = 0x080, REG_QUEUE_DESC_HIGH = 0x084;
    public static final int REG_QUEUE_DRIVER_LOW = 0x090, REG_QUEUE_DRIVER_HIGH = 0x094;
    public static final int REG_QUEUE_DEVICE_LOW = 0x0a0, REG_QUEUE_DEVICE_HIGH = 0x0a4;
    public static final int REG_CONFIG_GENERATION = 0x0fc, CONFIG = 0x100;

    /** "virt" in little-endian ASCII. */
    public static final int MAGIC = 0x74726976;

    public static final int VERSION = 2;
    public static final int DEVICE_ID_BLOCK = 2;
    /** "QEMU" in little-endian ASCII, QEMU's vendor id. */
    public static final int VENDOR_ID = 0x554d4551;

    /** Device status bits the driver and device set. */
    public static final int STATUS_ACKNOWLEDGE = 1,
            STATUS_DRIVER = 2,
            STATUS_DRIVER_OK = 4,
            STATUS_FEATURES_OK = 8,
            STATUS_DEVICE_NEEDS_RESET = 64;

    public static final int INTERRUPT_USED_BUFFER = 1, INTERRUPT_CONFIG_CHANGE = 2;
    /** Feature bits: VIRTIO_F_VERSION_1 (bit 32), VIRTIO_BLK_F_RO (bit 5). */
    public static final long F_VERSION_1 = 1L << 32;

    public static final long F_BLK_RO = 1L << 5;
    /** virtio-blk counts capacity and request sectors in 512-byte units. */
    public static final int SECTOR_SIZE = 512;
}
