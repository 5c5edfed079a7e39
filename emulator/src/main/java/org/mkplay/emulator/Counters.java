package org.mkplay.emulator;

/**
 * Event counts of one machine run, for the UI, {@code --stats} and benchmarks. Deterministic:
 * the same image and input give the same counts.
 *
 * <p>Modelled cycles are a documented, simple cost model rather than a timing simulation:
 * one cycle per retired instruction, plus {@value #TRAP_CYCLES} per trap taken, plus
 * {@value #PTE_ACCESS_CYCLES} per page-table entry read during a walk, plus
 * {@value #DEVICE_ACCESS_CYCLES} per device (MMIO) access.
 */
public final class Counters {
    public static final int TRAP_CYCLES = 20;
    public static final int PTE_ACCESS_CYCLES = 10;
    public static final int DEVICE_ACCESS_CYCLES = 10;

    final long[] retiredByPrivilege = new long[4];
    final long[] exceptions = new long[16];
    final long[] interrupts = new long[16];
    public long satpWrites;
    public long tlbHits;
    public long tlbMisses;
    public long pageWalks;
    public long pteReads;
    public long deviceAccesses;
    public long sfences;

    public void retired(int privilege, long count) {
        retiredByPrivilege[privilege & 3] += count;
    }

    public void exception(int cause) {
        exceptions[cause & 15]++;
    }

    public void interrupt(int code) {
        interrupts[code & 15]++;
    }

    public long instructions() {
        return retiredByPrivilege[0] + retiredByPrivilege[1] + retiredByPrivilege[3];
    }

    /** Retired instructions at privilege 0 (U), 1 (S) or 3 (M). */
    public long instructions(int privilege) {
        return retiredByPrivilege[privilege & 3];
    }

    public long exceptions(int cause) {
        return exceptions[cause & 15];
    }

    public long interrupts(int code) {
        return interrupts[code & 15];
    }

    public long trapsTotal() {
        long sum = 0;
        for (int i = 0; i < 16; i++) {
            sum += exceptions[i] + interrupts[i];
        }
        return sum;
    }

    public long modelledCycles() {
        return instructions()
                + TRAP_CYCLES * trapsTotal()
                + PTE_ACCESS_CYCLES * pteReads
                + DEVICE_ACCESS_CYCLES * deviceAccesses;
    }

    /** Every count, by privilege and by trap cause, on one line (equal lines: equal counts). */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder("retired U/S/M=")
                .append(retiredByPrivilege[0])
                .append('/')
                .append(retiredByPrivilege[1])
                .append('/')
                .append(retiredByPrivilege[3]);
        for (int cause = 0; cause < 16; cause++) {
            if (exceptions[cause] != 0) {
                line.append(" exception").append(cause).append('=').append(exceptions[cause]);
            }
            if (interrupts[cause] != 0) {
                line.append(" interrupt").append(cause).append('=').append(interrupts[cause]);
            }
        }
        return line.append(" satp-writes=")
                .append(satpWrites)
                .append(" tlb-hits=")
                .append(tlbHits)
                .append(" tlb-misses=")
                .append(tlbMisses)
                .append(" walks=")
                .append(pageWalks)
                .append(" pte-reads=")
                .append(pteReads)
                .append(" device-accesses=")
                .append(deviceAccesses)
                .append(" sfences=")
                .append(sfences)
                .toString();
    }

    public void clear() {
        java.util.Arrays.fill(retiredByPrivilege, 0);
        java.util.Arrays.fill(exceptions, 0);
        java.util.Arrays.fill(interrupts, 0);
        satpWrites = tlbHits = tlbMisses = pageWalks = pteReads = deviceAccesses = sfences = 0;
    }
}
