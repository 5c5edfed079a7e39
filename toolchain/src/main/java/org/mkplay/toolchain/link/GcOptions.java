package org.mkplay.toolchain.link;

/**
 * How the linker sets up the garbage-collected heap of a standalone or user image (the kernel profile has no
 * collector). The defaults are the real ones; the others exist for tests and benchmarks.
 *
 * @param heapBytes the heap's size (collector metadata included); 0 for the profile's default: up to
 *     {@link MemoryMap#HEAP_LIMIT} (standalone) or {@link MemoryMap#USER_HEAP_SIZE} (user)
 * @param checkHeap the debug heap checker: after every collection the runtime verifies every reachable object and
 *     descriptor, and poisons freed memory so that a dangling reference is caught (org.mkplay.rt.Gc.verify)
 * @param collectEvery stress mode: when positive, every allocation takes the collector's slow path and every
 *     collectEvery-th one collects first
 */
public record GcOptions(long heapBytes, boolean checkHeap, int collectEvery) {
    public static final GcOptions DEFAULT = new GcOptions(0, false, 0);

    public GcOptions {
        if (heapBytes < 0 || heapBytes % 8 != 0)
            throw new IllegalArgumentException("heap size must be a multiple of 8: " + heapBytes);
        if (heapBytes != 0 && heapBytes < 4096)
            throw new IllegalArgumentException("heap size below 4 KiB: " + heapBytes);
        if (heapBytes > MemoryMap.HEAP_LIMIT - MemoryMap.RAM_BASE)
            throw new IllegalArgumentException("heap size beyond RAM: " + heapBytes);
        if (collectEvery < 0) throw new IllegalArgumentException("collectEvery < 0: " + collectEvery);
    }

    /** A heap of the given size (a multiple of 8), otherwise the defaults. */
    public static GcOptions heap(long bytes) {
        return new GcOptions(bytes, false, 0);
    }

    /** The same options with the heap checker on and a collection every n-th allocation. */
    public GcOptions stressed(int n) {
        return new GcOptions(heapBytes, true, n);
    }
}
