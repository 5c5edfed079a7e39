package org.mkplay.emulator.cpu;

/**
 * Debug triggers (Sdtrig) as QEMU 7.2 implements them: {@value #COUNT} triggers selected by {@code tselect},
 * each an address match of type 2 ({@code mcontrol}) or 6 ({@code mcontrol6}); {@code tinfo} reads
 * {@value #TINFO} (types 2 and 6) and ignores writes; {@code tdata3} reads zero and ignores writes; a
 * {@code tselect} write of {@value #COUNT} or more is ignored (so a probe that writes and reads back finds
 * exactly two). A {@code tdata1} write naming another type is ignored; one naming type 2 or 6 keeps the
 * type, the U, S, M, load, store and execute bits (and, for type 6, VS and VU) and the size field when the
 * size is 1, 2, 4 or 8 bytes or "any"; every other field (dmode, match, chain, action, timing, select,
 * hit) reads zero. The only action is a breakpoint exception with {@code xtval} = 0.
 *
 * <p>A trigger fires in the privilege modes its U/S/M bits name (the current privilege, not MPRV's): on
 * execute when the pc equals {@code tdata2}, before the instruction; on a load or store (an AMO is both)
 * whose bytes overlap {@code tdata2} .. {@code tdata2 + length - 1}, before the access, where length is 8
 * for "any" size and otherwise QEMU 7.2's value, the size field itself (1, 2, 3 or 5).
 *
 * <p>Invariant: {@link #executeArmed}/{@link #dataArmed} say whether any trigger can fire on fetch / on data
 * accesses; the hart steps one instruction at a time only while an execute trigger is armed, and the MMU's
 * fast caches never hold a page that a data trigger's range touches (see {@link #dataPageWatched}).
 */
public final class Triggers {
    public static final int COUNT = 2;
    public static final long TINFO = (1L << 2) | (1L << 6);
    static final int TYPE_MCONTROL = 2, TYPE_MCONTROL6 = 6;
    static final long LOAD = 1, STORE = 2, EXECUTE = 4, MODE_U = 1L << 3, MODE_S = 1L << 4, MODE_M = 1L << 6;
    private static final long TYPE2_SIZE = (3L << 16) | (3L << 21);
    private static final long TYPE6_SIZE = 0xFL << 16;
    private static final long TYPE6_VIRTUAL_MODES = (1L << 23) | (1L << 24);
    private static final long ACCESS_AND_MODES = LOAD | STORE | EXECUTE | MODE_U | MODE_S | MODE_M;

    private final long[] tdata1 = new long[COUNT];
    private final long[] tdata2 = new long[COUNT];
    private int selected;
    private boolean executeArmed, dataArmed;

    public Triggers() {
        reset();
    }

    public void reset() {
        for (int i = 0; i < COUNT; i++) {
            tdata1[i] = (long) TYPE_MCONTROL << 60;
            tdata2[i] = 0;
        }
        selected = 0;
        rearm();
    }

    long select() {
        return selected;
    }

    void writeSelect(long value) {
        if (value >= 0 && value < COUNT) {
            selected = (int) value;
        }
    }

    long tdata1() {
        return tdata1[selected];
    }

    long tdata2() {
        return tdata2[selected];
    }

    /** A write of another type than 2 or 6 (including dmode-only types 0, 15) changes nothing. */
    void writeTdata1(long value) {
        int type = (int) (value >>> 60);
        long kept;
        if (type == TYPE_MCONTROL) {
            kept = value & (ACCESS_AND_MODES | (supportedSize(type2Size(value)) ? TYPE2_SIZE : 0));
        } else if (type == TYPE_MCONTROL6) {
            kept = value
                    & (ACCESS_AND_MODES
                            | TYPE6_VIRTUAL_MODES
                            | (supportedSize((int) (value >>> 16) & 0xF) ? TYPE6_SIZE : 0));
        } else {
            return;
        }
        tdata1[selected] = ((long) type << 60) | kept;
        rearm();
    }

    void writeTdata2(long value) {
        tdata2[selected] = value;
        rearm();
    }

    /** sizehi:sizelo of mcontrol (RV64). */
    private static int type2Size(long control) {
        return (int) (((control >>> 21) & 3) << 2 | ((control >>> 16) & 3));
    }

    /** Size codes 0 (any), 1, 2, 3 (4 bytes) and 5 (8 bytes); 4 (6 bytes) and the longer ones are not. */
    private static boolean supportedSize(int code) {
        return code <= 3 || code == 5;
    }

    private int sizeCode(int index) {
        long control = tdata1[index];
        return (int) (control >>> 60) == TYPE_MCONTROL ? type2Size(control) : (int) (control >>> 16) & 0xF;
    }

    private void rearm() {
        executeArmed = false;
        dataArmed = false;
        for (int i = 0; i < COUNT; i++) {
            long control = tdata1[i];
            if ((control & (MODE_U | MODE_S | MODE_M)) != 0) {
                executeArmed |= (control & EXECUTE) != 0;
                dataArmed |= (control & (LOAD | STORE)) != 0;
            }
        }
    }

    public boolean executeArmed() {
        return executeArmed;
    }

    public boolean dataArmed() {
        return dataArmed;
    }

    private static boolean modeMatches(long control, int privilege) {
        return ((control >>> 3) & (1L << privilege)) != 0;
    }

    /** True when an execute trigger fires for the instruction at {@code pc} in {@code privilege}. */
    public boolean firesOnExecute(long pc, int privilege) {
        for (int i = 0; i < COUNT; i++) {
            if ((tdata1[i] & EXECUTE) != 0 && tdata2[i] == pc && modeMatches(tdata1[i], privilege)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a trigger fires for an access of {@code width} bytes at {@code va}; {@code kinds} is
     * {@link #LOAD}, {@link #STORE} or both (an AMO).
     */
    public boolean firesOnAccess(long va, int width, long kinds, int privilege) {
        for (int i = 0; i < COUNT; i++) {
            if ((tdata1[i] & kinds) != 0 && modeMatches(tdata1[i], privilege) && overlaps(i, va, width)) {
                return true;
            }
        }
        return false;
    }

    private boolean overlaps(int index, long va, int width) {
        long start = tdata2[index];
        int code = sizeCode(index);
        long last = start + (code == 0 ? 8 : code) - 1;
        return Long.compareUnsigned(va, last) <= 0 && Long.compareUnsigned(start, va + width - 1) <= 0;
    }

    /** True when a data trigger's range touches virtual page {@code virtualPage}: keep it out of the fast caches. */
    public boolean dataPageWatched(long virtualPage) {
        for (int i = 0; i < COUNT; i++) {
            if ((tdata1[i] & (LOAD | STORE)) != 0) {
                long start = tdata2[i];
                if (virtualPage == start >>> 12 || virtualPage == (start + 7) >>> 12) {
                    return true;
                }
            }
        }
        return false;
    }
}
