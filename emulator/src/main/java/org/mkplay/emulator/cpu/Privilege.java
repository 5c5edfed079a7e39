package org.mkplay.emulator.cpu;

/** Privilege levels as encoded in mstatus.MPP and the spec: U=0, S=1, M=3 (2 is reserved). */
public final class Privilege {
    private Privilege() {}

    public static final int USER = 0;
    public static final int SUPERVISOR = 1;
    public static final int MACHINE = 3;

    public static String name(int level) {
        switch (level) {
            case USER:
                return "U";
            case SUPERVISOR:
                return "S";
            case MACHINE:
                return "M";
            default:
                return "?";
        }
    }
}
