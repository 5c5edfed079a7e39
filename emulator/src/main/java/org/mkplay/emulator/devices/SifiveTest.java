package org.mkplay.emulator.devices;

import org.mkplay.emulator.bus.Device;

/**
 * SiFive test finisher (QEMU virt, 0x0010_0000): software writes one 32-bit word at offset 0
 * to stop the board. The low 16 bits select the action, the high 16 bits carry a failure code:
 * <pre>
 *   0x5555                 pass / power off  -> finish(0)
 *   (code &lt;&lt; 16) | 0x3333  fail             -> finish(code)
 *   0x7777                 reset            -> finish(0); the host decides whether to restart
 * </pre>
 * Other values, other offsets and writes narrower than 32 bits are ignored (QEMU accepts only
 * 32-bit accesses); 64-bit writes use their low word. Reads return 0.
 */
public final class SifiveTest implements Device {
    public static final int PASS = 0x5555;
    public static final int FAIL = 0x3333;
    public static final int RESET = 0x7777;

    private final FinisherListener listener;

    public SifiveTest(FinisherListener listener) {
        this.listener = listener;
    }

    @Override
    public long read(long offset, int width) {
        return 0;
    }

    @Override
    public void write(long offset, int width, long value) {
        if (offset != 0 || width < 4) {
            return;
        }
        int command = (int) value & 0xFFFF;
        int code = (int) (value >>> 16) & 0xFFFF;
        if (command == PASS || command == RESET) {
            listener.finish(0);
        } else if (command == FAIL) {
            listener.finish(code);
        }
    }
}
