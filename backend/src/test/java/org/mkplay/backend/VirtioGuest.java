package org.mkplay.backend;

import static org.mkplay.riscv.board.VirtioRegisters.*;
import static org.mkplay.riscv.isa.Reg.T0;
import static org.mkplay.riscv.isa.Reg.T1;
import static org.mkplay.riscv.isa.Reg.T2;
import static org.mkplay.riscv.isa.Reg.T3;
import static org.mkplay.riscv.isa.Reg.ZERO;

import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;

/**
 * A polling virtio-blk driver in a few dozen instructions (virtio 1.x over MMIO, one split queue of four
 * entries): it reads sector 0, prints its first {@link #SHOWN} bytes on the UART, writes the same 512 bytes
 * to sector 1, and passes only if both requests report status OK (fails with code 1 otherwise).
 * Our device serves a request synchronously on the QueueNotify write, so no completion wait is needed.
 */
final class VirtioGuest {
    static final int SHOWN = 8;
    static final long DEVICE = Virt.VIRTIO_BASE;
    /** virtio-mmio register offsets. */
    static final int DRIVER_FEATURES = REG_DRIVER_FEATURES, DRIVER_FEATURES_SEL = REG_DRIVER_FEATURES_SEL;

    static final int QUEUE_SEL = REG_QUEUE_SEL, QUEUE_NUM = REG_QUEUE_NUM;
    static final int QUEUE_READY = REG_QUEUE_READY, QUEUE_NOTIFY = REG_QUEUE_NOTIFY, STATUS = REG_STATUS;
    static final int QUEUE_DESC = REG_QUEUE_DESC_LOW,
            QUEUE_DRIVER = REG_QUEUE_DRIVER_LOW,
            QUEUE_DEVICE = REG_QUEUE_DEVICE_LOW;
    /** Device status bits: ACKNOWLEDGE | DRIVER, then FEATURES_OK, then DRIVER_OK. */
    static final int STATUS_ACK_DRIVER = STATUS_ACKNOWLEDGE | STATUS_DRIVER;

    static final int DESC_NEXT = 1, DESC_WRITE = 2, REQUEST_IN = 0, REQUEST_OUT = 1;
    /** Driver memory: descriptor table, available ring, used ring, request header, sector data, status byte. */
    static final long QUEUE = GuestImages.RAM_BASE + 0x10000;

    static final long AVAIL = QUEUE + 0x100, USED = QUEUE + 0x200, HEADER = QUEUE + 0x300;
    static final long DATA = QUEUE + 0x400, STATUS_BYTE = DATA + 512;

    private VirtioGuest() {}

    static byte[] copySector0ToSector1() {
        return GuestImages.image(a -> {
            Label failed = a.newLabel("failed");
            initialise(a);
            // IN sector 0: header, then 512 data bytes and the status byte in one device-writable buffer.
            request(a, REQUEST_IN, 0);
            descriptor(a, 1, DATA, 513, DESC_WRITE, 0);
            submit(a, 1, failed);
            printData(a);
            // OUT sector 1: header, the 512 bytes read, then the device-writable status byte.
            request(a, REQUEST_OUT, 1);
            descriptor(a, 1, DATA, 512, DESC_NEXT, 2);
            descriptor(a, 2, STATUS_BYTE, 1, DESC_WRITE, 0);
            submit(a, 2, failed);
            GuestImages.exit(a, 0);
            a.bind(failed);
            GuestImages.exit(a, 1);
        });
    }

    /** Device initialisation as virtio 1.x section 3.1.1 orders it, accepting only VIRTIO_F_VERSION_1 (bit 32). */
    private static void initialise(Assembler a) {
        mmio(a, STATUS, 0);
        mmio(a, STATUS, STATUS_ACK_DRIVER);
        mmio(a, DRIVER_FEATURES_SEL, 1);
        mmio(a, DRIVER_FEATURES, 1);
        mmio(a, STATUS, STATUS_ACK_DRIVER | STATUS_FEATURES_OK);
        mmio(a, QUEUE_SEL, 0);
        mmio(a, QUEUE_NUM, 4); // the write request chains three descriptors
        mmio(a, QUEUE_DESC, QUEUE);
        mmio(a, QUEUE_DRIVER, AVAIL);
        mmio(a, QUEUE_DEVICE, USED);
        mmio(a, QUEUE_READY, 1);
        mmio(a, STATUS, STATUS_ACK_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK);
    }

    /** The request header (type, reserved, sector) and descriptor 0 pointing at it, chained to descriptor 1. */
    private static void request(Assembler a, int type, long sector) {
        store(a, Encoder.sw(T1, T2, 0), HEADER, type);
        store(a, Encoder.sd(T1, T2, 0), HEADER + 8, sector);
        descriptor(a, 0, HEADER, 16, DESC_NEXT, 1);
    }

    private static void descriptor(Assembler a, int index, long address, int length, int flags, int next) {
        long at = QUEUE + 16L * index;
        store(a, Encoder.sd(T1, T2, 0), at, address);
        store(a, Encoder.sw(T1, T2, 0), at + 8, length);
        store(a, Encoder.sh(T1, T2, 0), at + 12, flags);
        store(a, Encoder.sh(T1, T2, 0), at + 14, next);
    }

    /**
     * Offers chain 0 as the {@code count}-th request, notifies, and branches to {@code failed} unless the device
     * replaced the status byte's 0xff (set first, so a request the device ignored cannot pass) by 0 (OK).
     */
    private static void submit(Assembler a, int count, Label failed) {
        store(a, Encoder.sb(T1, T2, 0), STATUS_BYTE, 0xff);
        store(a, Encoder.sh(T1, T2, 0), AVAIL + 4 + 2L * (count - 1), 0);
        store(a, Encoder.sh(T1, T2, 0), AVAIL + 2, count);
        mmio(a, QUEUE_NOTIFY, 0);
        a.li(T2, STATUS_BYTE);
        a.emit(Encoder.lbu(T1, T2, 0));
        a.bne(T1, ZERO, failed);
    }

    private static void printData(Assembler a) {
        a.li(T0, GuestImages.UART);
        a.li(T2, DATA);
        for (int i = 0; i < SHOWN; i++) {
            a.emit(Encoder.lbu(T3, T2, i));
            a.emit(Encoder.sb(T3, T0, 0));
        }
    }

    private static void mmio(Assembler a, int register, long value) {
        a.li(T0, DEVICE);
        a.li(T1, value);
        a.emit(Encoder.sw(T1, T0, register));
    }

    /** {@code storeWord} stores T1 at T2; T2 gets {@code address}, T1 gets {@code value}. */
    private static void store(Assembler a, int storeWord, long address, long value) {
        a.li(T2, address);
        a.li(T1, value);
        a.emit(storeWord);
    }
}
