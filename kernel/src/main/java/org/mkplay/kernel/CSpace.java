package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;

/**
 * A process's capability table: {@link Abi#CSPACE_SLOTS} slots, named by number in every syscall. There is
 * no other way for user code to name a kernel object: no capability, no communication.
 * <p>Invariant: {@code slots} has exactly CSPACE_SLOTS non-null entries, allocated with the table.
 */
public final class CSpace {
    private final Cap[] slots = new Cap[Abi.CSPACE_SLOTS];

    CSpace() {
        for (int i = 0; i < slots.length; i++) slots[i] = new Cap();
    }

    /** The slot for a user-supplied number, or null when it is out of range (any 64-bit value is safe). */
    public Cap slot(long index) {
        if (index < 0 || index >= Abi.CSPACE_SLOTS) return null;
        return slots[(int) index];
    }

    /** OK, or why slot {@code index} cannot be used as a {@code type} with {@code rights}. */
    int check(long index, int type, int rights) {
        Cap c = slot(index);
        return c == null ? Abi.E_BAD_SLOT : c.check(type, rights);
    }

    /** Empty slots (tests and the boot's report). */
    public int free() {
        int n = 0;
        for (Cap c : slots) if (c.isEmpty()) n++;
        return n;
    }

    // ---- boot: give a process its capabilities --------------------------------------------------------------

    public void installEndpoint(int index, Endpoint e, int rights, long badge) {
        slots[index].setEndpoint(e, rights, badge);
    }

    public void installNotification(int index, Notification n, int rights, long badge) {
        slots[index].setNotification(n, rights, badge);
    }

    public void installFrame(int index, Frame f, int rights) {
        slots[index].setFrame(f, rights);
    }

    public void installProcess(int index, Process p, int rights) {
        slots[index].setProcess(p, rights);
    }

    public void installIrq(int index, Irq irq) {
        slots[index].setIrq(irq);
    }
}
