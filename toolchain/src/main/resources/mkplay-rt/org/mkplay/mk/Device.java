package org.mkplay.mk;

import org.mkplay.rt.DeviceWindow;
import org.mkplay.vmmagic.Abi;

/**
 * A device for a driver in user space: its register page (a device-frame capability, mapped into this process)
 * and its interrupt (an IRQ capability bound to a notification; acknowledge each interrupt once served).
 */
public final class Device {
    private final DeviceWindow registers;
    private final Cap irq;

    private Device(DeviceWindow registers, Cap irq) {
        this.registers = registers;
        this.irq = irq;
    }

    /**
     * Maps the device frame in {@code frame}; the interrupt of {@code irq} will OR {@code bits} into the notification
     * {@code signal}. Null if the kernel refuses either (no such capability, no rights).
     */
    public static Device open(Cap frame, Cap irq, Cap signal, long bits) {
        DeviceWindow w = DeviceWindow.map(frame.slot);
        if (w == null) return null;
        if (Ipc.syscall(Abi.SYS_IRQ_BIND, irq.slot, signal.slot, bits) != 0) return null;
        return new Device(w, irq);
    }

    public int read(int register) {
        return registers.read8(register);
    }

    public void write(int register, int value) {
        registers.write8(register, value);
    }

    /** The interrupt is served: the device may interrupt again (BAD_ARGUMENT if none was outstanding). */
    public long acknowledge() {
        return Ipc.syscall(Abi.SYS_IRQ_ACK, irq.slot, 0, 0);
    }
}
