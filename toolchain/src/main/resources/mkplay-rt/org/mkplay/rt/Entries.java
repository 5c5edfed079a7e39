package org.mkplay.rt;

/** The Map.Entry contract's equality and hash code, shared by every entry class. */
final class Entries {
    private Entries() {}

    static boolean equal(JMap.Entry<?, ?> a, JMap.Entry<?, ?> b) {
        return JObjects.equals(a.getKey(), b.getKey()) && JObjects.equals(a.getValue(), b.getValue());
    }

    static int hash(JMap.Entry<?, ?> e) {
        return JObjects.hashCode(e.getKey()) ^ JObjects.hashCode(e.getValue());
    }
}
