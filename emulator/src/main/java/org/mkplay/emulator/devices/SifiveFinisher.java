package org.mkplay.emulator.devices;

import static org.mkplay.riscv.board.Finisher.CODE_SHIFT;
import static org.mkplay.riscv.board.Finisher.FAIL;
import static org.mkplay.riscv.board.Finisher.PASS;
import static org.mkplay.riscv.board.Finisher.RESET;

import org.mkplay.emulator.bus.Device;

/**
 * The SiFive test finisher ({@code sifive_test} in QEMU, at {@code Virt.FINISHER_BASE}; the commands are
 * {@link org.mkplay.riscv.board.Finisher}'s): software writes one 32-bit word at offset 0
 * to stop the board. The low 16 bits select the action, the high 16 bits carry a failure code:
 * <pre>
 *   0x5555                 pass / power off  -> finish(0)
 *   (code &lt;&lt; 16) | 0x3333  fail             -> finish(code)
 *   0x7777                 reset            -> finish(0); the host decides whether to restart
 * </pre>
 * Other values, other offsets and writes narrower than 32 bits are ignored (QEMU accepts only
 * 32-bit accesses); 64-bit writes use their low word. Reads return 0.
 */
public final class SifiveFinisher implements Device {
    private final FinisherListener listener;

    public SifiveFinisher(FinisherListener listener) {
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
        int code = (int) (value >>> CODE_SHIFT) & 0xFFFF;
        if (command == PASS || command == RESET) {
            listener.finish(0);
        } else if (command == FAIL) {
            listener.finish(code);
        }
    }
}
