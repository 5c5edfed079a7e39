package org.mkplay.emulator.cpu;

/**
 * Physical memory protection as QEMU 7.2's {@code virt} hart has it (privileged spec 3.7; the {@code pmp}
 * guest of {@code QemuDifferentialTest} checks every rule below on both machines): {@value #ENTRIES}
 * entries, CSRs {@code pmpcfg0}, {@code pmpcfg2} and {@code pmpaddr0..15}; configuration bytes and
 * addresses are stored as written (all 64 address bits, W-without-R and the reserved bits included),
 * granularity 4 bytes. A locked entry (L) ignores writes to its configuration and address until reset, and a
 * locked TOR entry also protects the address register below it.
 *
 * <p>Matching, as QEMU 7.2 does it: the entries are tried in order; an entry that is not OFF matches an
 * access when both its first and its last byte lie in the entry's range, and if exactly one of them does,
 * the access fails ("partially inside"), whatever the mode. The matching entry's R/W/X decide for S and U
 * accesses, and for M accesses when it is locked; unlocked entries let M through. With no matching entry,
 * M accesses succeed and S/U accesses fail — also when no entry is active at all, as on QEMU with PMP
 * present. Ranges: TOR {@code [pmpaddr(i-1) << 2, (pmpaddr(i) << 2) - 1]} (just address 0 when the bounds
 * are reversed), NA4 four bytes at {@code pmpaddr << 2}, NAPOT by the trailing ones of {@code pmpaddr}.
 *
 * <p>Invariant: {@code start}/{@code end} (inclusive, unsigned) and {@link #active} are recomputed from the
 * CSRs after every write, so that a check reads only them.
 */
public final class Pmp {
    public static final int ENTRIES = 16;
    public static final int READ = 1, WRITE = 2, EXECUTE = 4;
    static final int A_OFF = 0, A_TOR = 1, A_NA4 = 2, A_NAPOT = 3;
    static final int LOCK = 0x80;

    /** What {@link #page} found for a whole 4 KiB page. */
    public static final int PAGE_DENIED = 0, PAGE_ALLOWED = 1, PAGE_MIXED = 2;

    private final int[] config = new int[ENTRIES];
    private final long[] address = new long[ENTRIES];
    private final long[] start = new long[ENTRIES];
    private final long[] end = new long[ENTRIES];
    /** Indices of the entries that are not OFF, in priority order; {@code activeCount} of them. */
    private final int[] active = new int[ENTRIES];

    private int activeCount;

    /** pmpcfg0 (entries 0..7) or pmpcfg2 (entries 8..15): {@code first} is 0 or 8. */
    long readConfig(int first) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | config[first + i];
        }
        return value;
    }

    void writeConfig(int first, long value) {
        for (int i = 0; i < 8; i++) {
            if ((config[first + i] & LOCK) == 0) {
                config[first + i] = (int) (value >>> (8 * i)) & 0xFF;
            }
        }
        recompute();
    }

    long readAddress(int index) {
        return address[index];
    }

    /** Ignored when this entry is locked, or when the next one is a locked TOR entry (whose bottom this is). */
    void writeAddress(int index, long value) {
        boolean nextLockedTor =
                index + 1 < ENTRIES && (config[index + 1] & LOCK) != 0 && ((config[index + 1] >>> 3) & 3) == A_TOR;
        if ((config[index] & LOCK) == 0 && !nextLockedTor) {
            address[index] = value;
            recompute();
        }
    }

    public void reset() {
        java.util.Arrays.fill(config, 0);
        java.util.Arrays.fill(address, 0);
        recompute();
    }

    private void recompute() {
        activeCount = 0;
        for (int i = 0; i < ENTRIES; i++) {
            int mode = (config[i] >>> 3) & 3;
            if (mode != A_OFF) {
                active[activeCount++] = i;
            }
            range(i, mode);
        }
    }

    private void range(int i, int mode) {
        long here = address[i];
        switch (mode) {
            case A_TOR: {
                long low = i == 0 ? 0 : address[i - 1] << 2;
                long high = (here << 2) - 1;
                boolean reversed = Long.compareUnsigned(low, high) > 0;
                start[i] = reversed ? 0 : low;
                end[i] = reversed ? 0 : high;
                break;
            }
            case A_NA4:
                start[i] = here << 2;
                end[i] = (here << 2) + 3;
                break;
            case A_NAPOT: {
                long a = (here << 2) | 3; // aaaa0111 -> the range of aaaa0000 .. aaaa1111
                start[i] = a & (a + 1);
                end[i] = a | (a + 1);
                break;
            }
            default:
                start[i] = 0;
                end[i] = -1;
        }
    }

    private boolean contains(int i, long pa) {
        return Long.compareUnsigned(pa, start[i]) >= 0 && Long.compareUnsigned(pa, end[i]) <= 0;
    }

    /** True when an access of {@code size} bytes at {@code pa} needing {@code permission} may proceed. */
    public boolean allows(long pa, int size, int permission, int privilege) {
        long last = pa + size - 1;
        for (int k = 0; k < activeCount; k++) {
            int i = active[k];
            boolean first = contains(i, pa), lastIn = contains(i, last);
            if (first != lastIn) {
                return false; // partially inside
            }
            if (first) {
                return (permitted(i, privilege) & permission) == permission;
            }
        }
        return privilege == Privilege.MACHINE;
    }

    private int permitted(int i, int privilege) {
        return privilege == Privilege.MACHINE && (config[i] & LOCK) == 0 ? READ | WRITE | EXECUTE : config[i] & 7;
    }

    /**
     * Whether every access inside the 4 KiB page at {@code pagePa} needing {@code permission} is allowed
     * ({@link #PAGE_ALLOWED}: the fast caches may hold the page), denied, or depends on the address
     * ({@link #PAGE_MIXED}: an active entry's boundary lies inside the page before any entry covers it).
     */
    public int page(long pagePa, int permission, int privilege) {
        long last = pagePa + 4095;
        for (int k = 0; k < activeCount; k++) {
            int i = active[k];
            boolean first = contains(i, pagePa), lastIn = contains(i, last);
            if (first && lastIn) {
                return (permitted(i, privilege) & permission) == permission ? PAGE_ALLOWED : PAGE_DENIED;
            }
            if (first
                    || lastIn
                    || (Long.compareUnsigned(start[i], pagePa) > 0 && Long.compareUnsigned(start[i], last) <= 0)) {
                return PAGE_MIXED;
            }
        }
        return privilege == Privilege.MACHINE ? PAGE_ALLOWED : PAGE_DENIED;
    }
}
