package org.mkplay.rt;

/** Runtime support called by compiled code: type tests and multi-dimensional arrays. */
final class Rt {
    private Rt() {}

    // class descriptor layout, see layout.Layout
    static final int DESC_KIND = 0, DESC_SUPER = 8, DESC_ELEMENT = 24, DESC_INTERFACES = 32, DESC_INTERFACE_ID = 40;
    static final int KIND_REFERENCE_ARRAY = 2, KIND_INTERFACE = 3;

    /** instanceof for a non-null object: target is a descriptor address, or -(interfaceId + 1). */
    static boolean isInstance(Object o, long target) {
        return isAssignable(Native.loadLong(Native.addressOf(o)), target);
    }

    /** Whether the type described by desc is target or a subtype of it; reference arrays are covariant. */
    private static boolean isAssignable(long desc, long target) {
        if (target < 0) {
            long bits = Native.loadLong(desc + DESC_INTERFACES);
            return bits != 0 && Native.loadByte(bits - target - 1) != 0;
        }
        if (Native.loadLong(target + DESC_KIND) == KIND_REFERENCE_ARRAY
            && Native.loadLong(desc + DESC_KIND) == KIND_REFERENCE_ARRAY) {
            return isAssignable(Native.loadLong(desc + DESC_ELEMENT), asTarget(Native.loadLong(target + DESC_ELEMENT)));
        }
        while (desc != 0) {
            if (desc == target) return true;
            desc = Native.loadLong(desc + DESC_SUPER);
        }
        return false;
    }

    /** An element descriptor in the target form of isInstance (interfaces by id). */
    private static long asTarget(long desc) {
        if (Native.loadLong(desc + DESC_KIND) != KIND_INTERFACE) return desc;
        return -(Native.loadLong(desc + DESC_INTERFACE_ID) + 1);
    }

    /** aastore: a non-null value must be an instance of the element type (null arrays, bad indexes: see caller). */
    static void checkStore(Object[] array, int index, Object value) {
        if (array == null || index < 0 || index >= array.length) return;
        if (!canStore(array, value)) Fault.raise(new JArrayStoreException(Native.className(value)));
    }

    /** Whether value is null or an instance of the (non-null) array's element type. */
    static boolean canStore(Object[] array, Object value) {
        if (value == null) return true;
        long element = Native.loadLong(Native.loadLong(Native.addressOf(array)) + DESC_ELEMENT);
        long desc = Native.loadLong(Native.addressOf(value));
        return desc == element || isAssignable(desc, asTarget(element));
    }

    /** checkcast for a non-null object. */
    static void checkCast(Object o, long target, String targetName) {
        if (!isInstance(o, target)) Fault.cast(o, targetName);
    }

    /** multianewarray: descs[k] is the descriptor of the array type with (dims.length - k) dimensions. */
    static Object multiNew(long descs, int[] dims, int level) {
        int n = dims[level];
        Object array = Native.newArray(Native.loadLong(descs + 8L * level), n);
        if (level + 1 < dims.length) {
            Object[] parts = (Object[]) array;
            for (int k = 0; k < n; k++) parts[k] = multiNew(descs, dims, level + 1);
        }
        return array;
    }

    static StringBuilder newBuilder() {
        return new StringBuilder();
    }
}
