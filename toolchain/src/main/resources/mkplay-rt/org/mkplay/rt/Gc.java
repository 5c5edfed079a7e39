package org.mkplay.rt;

/**
 * The garbage collector of the standalone and user profiles: non-moving mark-sweep over a parseable heap,
 * allocating by bumping a pointer through spans cut from the free blocks the last sweep found.
 *
 * <p><b>Heap.</b> [start, end) holds blocks back to back: objects (word 0 their descriptor, an even address) and
 * free blocks (word 0 FREE and word 1 the size, or FREE8 for an 8-byte gap), so that from any block start the
 * heap can be walked ({@link #size}). Above end, up to the heap limit: the start bitmap, the mark bitmap (one bit
 * per 8-byte granule each) and the mark stack. The assembly fast path (rt_alloc, rt_newarray) bumps heap_ptr
 * through the span [heap_ptr, heap_end); when the span is too short it calls {@link #alloc}, which cuts the next
 * span (at most CHUNK bytes) from the first listed free block that fits, carves large requests from a free block,
 * and collects when nothing fits; if a collection does not free enough either, OutOfMemoryError.
 *
 * <p><b>Roots.</b> The reference statics (precise: the linker puts them between gc_roots and gc_roots_end), and
 * every word of the stack from the slow path's frame, which holds s0..s11, to the top _start recorded
 * (conservative). A stack word pointing into the heap is resolved to the block containing it: the start bitmap
 * records every block the last sweep left, the rest of each free block a span was cut from, and every large
 * block, so the walk forward from the nearest recorded start crosses at most one span. A word inside an object
 * (a derived pointer into an array) keeps the object; a word inside a free block keeps nothing; nothing moves,
 * so an integer that looks like a reference only retains. Objects are scanned precisely: a class's reference map
 * sits before its descriptor (layout.Layout DESC_GC_MAP), a reference array's elements are all references, a
 * primitive array has none. Descriptors, string constants and statics are outside [start, end), never marked.
 *
 * <p><b>Sweep.</b> Only marked objects are visited (found in the mark bitmap, 64 granules a word): the gaps
 * between them become free blocks, listed in address order, and the start bitmap is rebuilt from them.
 *
 * <p>Allocates nothing, has no static initialiser, and keeps its state in static fields (image data). The
 * gc_info words (link.Linker.emitGcInfo) are reached with Native.gcInfo().
 */
final class Gc {
    private Gc() {}

    // gc_info words
    private static final int PTR = 0, END = 8, HEAP_START = 16, HEAP_LIMIT = 24, STACK_TOP = 32, DESC_START = 40,
        DESC_END = 48, ROOTS = 56, ROOTS_END = 64, CHECK = 72, STRESS = 80, COUNT = 88;
    /** Header words of free blocks: odd, so never a descriptor's address. */
    private static final long FREE = 1, FREE8 = 3;
    /** A free block this large holds the next block of the free list in word 2. */
    private static final long MIN_LISTED = 24;
    /** A span is cut to at most this many bytes, which bounds the walk that finds the object a stack word is in. */
    private static final long CHUNK = 4096;
    /** Requests this large are carved from the first free block that fits, leaving the current span alone. */
    private static final long LARGE = 2048;
    /** layout.Layout: descriptor words, kinds, the inline reference map's limit. */
    private static final int DESC_GC_SIZE = -8, DESC_GC_MAP = -16, DESC_ELEM_SHIFT = 40, INLINE_MAP_LIMIT = 512;
    private static final long KIND_CLASS = 0, KIND_PRIMITIVE_ARRAY = 1, KIND_REFERENCE_ARRAY = 2;
    /** What freed memory is filled with under the heap checker. */
    private static final long POISON = 0x5a5a5a5a5a5a5a5bL;

    private static long info;
    private static long start, end;
    private static long startBits, markBits, stackBase, stackLimit, stackPtr;
    private static boolean overflowed;
    /** End of the span heap_ptr bumps in (heap_end is 0 in stress mode, so every allocation comes here). */
    private static long spanEnd;
    private static long freeList;
    private static long stress, countdown;
    private static boolean check, count;

    /**
     * Statistics, read by tests and benchmarks from the image's symbols: collections, the instructions they took
     * (standalone only), the bytes the last one found live, and the bytes handed out by the slow path (spans, less
     * what was left of them when they were retired, and large blocks).
     */
    static long collections, instructions, liveBytes, allocated;

    /**
     * The slow path of rt_alloc and rt_newarray: a block of {@code size} bytes (a multiple of 8), not yet zeroed.
     * sp is the slow path's frame, the lowest stack word the collector scans. Never returns 0.
     */
    static long alloc(long size, long sp) {
        if (info == 0) init();
        if (stress != 0 && --countdown <= 0) {
            countdown = stress;
            collect(sp);
        }
        long p = take(size);
        if (p == 0) {
            collect(sp);
            p = take(size);
        }
        if (p == 0) Fault.outOfMemory(null);
        return p;
    }

    /**
     * The heap is one free block, or the first span the linker cut and the rest, listed; the metadata (two
     * bitmaps of (end - start) / 8 bits, a mark stack) sits above it.
     */
    private static void init() {
        info = Native.gcInfo();
        start = (Native.loadLong(info + HEAP_START) + 7) & -8;
        long limit = Native.loadLong(info + HEAP_LIMIT) & -8;
        long total = limit - start;
        long bitmap = (total / 64 + 8) & -8; // bytes per bitmap, enough for the whole region
        long markStack = (total / 64) & -8;
        end = start + ((total - 2 * bitmap - markStack) & -512); // whole bitmap words
        startBits = limit - markStack - 2 * bitmap;
        markBits = startBits + bitmap;
        stackBase = markBits + bitmap;
        stackLimit = limit;
        stress = Native.loadLong(info + STRESS);
        countdown = stress;
        check = Native.loadLong(info + CHECK) != 0;
        count = Native.loadLong(info + COUNT) != 0;
        // the bitmaps are zero already: RAM past the image is zero at reset (QEMU's virt and our emulator), and the
        // user heap is the data segment's zero-filled tail; clearing them would cost the 5 benchmarks 1.4 M instructions
        freeList = 0;
        setBit(startBits, start);
        long firstSpanEnd = Native.loadLong(info + END);
        if (firstSpanEnd == 0) {
            addFree(start, end - start, 0);
        } else { // the linker cut the first span [start, heap_end) (link.Linker.firstSpan): the rest is listed
            spanEnd = firstSpanEnd;
            allocated = firstSpanEnd - start;
            addFree(firstSpanEnd, end - firstSpanEnd, 0);
            setBit(startBits, firstSpanEnd);
        }
    }

    // ---- allocation ----

    /**
     * A block of size bytes: bumped in the span (stress mode), carved from a free block (large requests), or the
     * start of a new span: the first free block that fits, cut to CHUNK bytes with the rest staying listed in its
     * place. Returns 0 when no free block fits.
     */
    private static long take(long size) {
        long ptr = Native.loadLong(info + PTR);
        if (ptr + size <= spanEnd) {
            setSpan(ptr + size);
            return ptr;
        }
        if (size >= LARGE) return takeLarge(size);
        retire(ptr);
        while (freeList != 0) {
            long s = freeList;
            long n = Native.loadLong(s + 8), next = Native.loadLong(s + 16);
            if (n < size) { // too short for this request: off the list, a free block until the next sweep
                freeList = next;
                continue;
            }
            if (n >= CHUNK + MIN_LISTED) {
                long rest = s + CHUNK;
                Native.storeLong(rest, FREE);
                Native.storeLong(rest + 8, n - CHUNK);
                Native.storeLong(rest + 16, next);
                setBit(startBits, rest);
                freeList = rest;
                n = CHUNK;
            } else {
                freeList = next;
            }
            spanEnd = s + n;
            allocated += n;
            setSpan(s + size);
            return s;
        }
        return 0;
    }

    /** heap_ptr = ptr, heap_end = the span's end, or 0 in stress mode (every allocation then comes here). */
    private static void setSpan(long ptr) {
        Native.storeLong(info + PTR, ptr);
        Native.storeLong(info + END, stress != 0 ? 0 : spanEnd);
    }

    /** The rest of the current span becomes a free block (not listed), so the span stays parseable. */
    private static void retire(long ptr) {
        if (spanEnd != 0) {
            formatFree(ptr, spanEnd - ptr);
            allocated -= spanEnd - ptr;
        }
        spanEnd = 0;
        Native.storeLong(info + PTR, 0);
        Native.storeLong(info + END, 0);
    }

    /** First fit, carved from the end of the block so that the block keeps its place in the list. */
    private static long takeLarge(long size) {
        long prev = 0;
        for (long s = freeList; s != 0; s = Native.loadLong(s + 16)) {
            long n = Native.loadLong(s + 8);
            if (n >= size) {
                long rest = n - size;
                if (rest >= MIN_LISTED) {
                    Native.storeLong(s + 8, rest);
                } else {
                    long next = Native.loadLong(s + 16);
                    if (prev == 0) freeList = next;
                    else Native.storeLong(prev + 16, next);
                    formatFree(s, rest);
                }
                setBit(startBits, s + rest);
                allocated += size;
                return s + rest;
            }
            prev = s;
        }
        return 0;
    }

    private static void formatFree(long p, long n) {
        if (n == 8) {
            Native.storeLong(p, FREE8);
        } else if (n > 8) {
            Native.storeLong(p, FREE);
            Native.storeLong(p + 8, n);
        }
    }

    /** Formats [p, p + n) as a free block and appends it to the list after tail when it is long enough. */
    private static long addFree(long p, long n, long tail) {
        if (check) for (long a = p + 8; a < p + n; a += 8) Native.storeLong(a, POISON);
        formatFree(p, n);
        if (n < MIN_LISTED) return tail;
        Native.storeLong(p + 16, 0);
        if (tail == 0) freeList = p;
        else Native.storeLong(tail + 16, p);
        return p;
    }

    /** Bytes of the block at p. */
    private static long size(long p) {
        long h = Native.loadLong(p);
        if (h == FREE) return Native.loadLong(p + 8);
        if (h == FREE8) return 8;
        if (Native.loadLong(h) == KIND_CLASS) return Native.loadLong(h + DESC_GC_SIZE);
        return (16 + (Native.loadLong(p + 8) << Native.loadLong(h + DESC_ELEM_SHIFT)) + 7) & -8;
    }

    // ---- collection ----

    private static void collect(long sp) {
        long t0 = count ? Native.instret() : 0;
        retire(Native.loadLong(info + PTR));
        clear(markBits, stackBase);
        markRoots(sp);
        sweep();
        collections++;
        if (check) verify();
        if (count) instructions += Native.instret() - t0;
    }

    private static void clear(long from, long to) {
        for (long a = from; a < to; a += 8) Native.storeLong(a, 0);
    }

    private static void markRoots(long sp) {
        stackPtr = stackBase;
        overflowed = false;
        long rootsEnd = Native.loadLong(info + ROOTS_END);
        for (long a = Native.loadLong(info + ROOTS); a < rootsEnd; a += 8) markPrecise(Native.loadLong(a));
        long top = Native.loadLong(info + STACK_TOP);
        for (long a = sp; a < top; a += 8) markConservative(Native.loadLong(a));
        drain();
        while (overflowed) { // the mark stack was full: trace again from every marked object
            overflowed = false;
            for (long p = nextMarked(start); p < end; p = nextMarked(p + 8)) {
                scan(p);
                drain();
            }
        }
    }

    private static void markPrecise(long v) {
        if (v >= start && v < end) mark(v);
    }

    /** A stack word: marks the object whose block contains it, if it points into the heap at an object. */
    private static void markConservative(long v) {
        if (v < start || v >= end) return;
        long b = blockAt(v);
        if ((Native.loadLong(b) & 1) == 0) mark(b);
    }

    /**
     * The block containing v: from the nearest recorded block start at or below it (the start bitmap holds every
     * block the last sweep left, every span's end and every large block since), forward through the objects
     * allocated since, recording their starts. A span is at most CHUNK bytes, so the walk is short.
     */
    private static long blockAt(long v) {
        long b = blockStart(v);
        for (long n = size(b); b + n <= v; n = size(b)) {
            b += n;
            setBit(startBits, b);
        }
        return b;
    }

    private static void mark(long p) {
        long g = (p - start) >>> 3;
        long w = markBits + ((g >>> 6) << 3);
        long bits = Native.loadLong(w), m = 1L << g;
        if ((bits & m) != 0) return;
        Native.storeLong(w, bits | m);
        if (Native.loadLong(Native.loadLong(p)) == KIND_PRIMITIVE_ARRAY) return;
        if (stackPtr == stackLimit) {
            overflowed = true;
            return;
        }
        Native.storeLong(stackPtr, p);
        stackPtr += 8;
    }

    private static void drain() {
        while (stackPtr != stackBase) {
            stackPtr -= 8;
            scan(Native.loadLong(stackPtr));
        }
    }

    /** Marks what the object at p refers to. */
    private static void scan(long p) {
        long d = Native.loadLong(p);
        long kind = Native.loadLong(d);
        if (kind == KIND_CLASS) {
            long size = Native.loadLong(d + DESC_GC_SIZE), map = Native.loadLong(d + DESC_GC_MAP);
            if (size <= INLINE_MAP_LIMIT) {
                scanWords(p, map);
            } else {
                for (long k = 0; k * 512 < size; k++) scanWords(p + 512 * k, Native.loadLong(map + 8 * k));
            }
        } else if (kind == KIND_REFERENCE_ARRAY) {
            long s = start, e = end, last = p + 16 + 8 * Native.loadLong(p + 8);
            for (long a = p + 16; a < last; a += 8) {
                long v = Native.loadLong(a);
                if (v >= s && v < e) mark(v);
            }
        }
    }

    /** Bit k of map set: word k from base is a reference. */
    private static void scanWords(long base, long map) {
        long s = start, e = end;
        for (long a = base; map != 0; map >>>= 1, a += 8) {
            if ((map & 1) != 0) {
                long v = Native.loadLong(a);
                if (v >= s && v < e) mark(v);
            }
        }
    }

    /**
     * Frees everything between marked objects, found from the mark bitmap (dead objects are never visited): each
     * gap becomes one free block and, if long enough, joins the list. The start bitmap is rebuilt to hold exactly
     * the blocks left: the marked objects and the free blocks.
     */
    private static void sweep() {
        clear(startBits, markBits);
        freeList = 0;
        long tail = 0, live = 0;
        long p = start; // the end of the last marked object
        long words = (end - start) >>> 9;
        for (long w = 0; w < words; w++) {
            long bits = Native.loadLong(markBits + (w << 3));
            while (bits != 0) {
                long low = bits & -bits;
                bits ^= low;
                long q = start + ((w << 6) + lowestBit(low) << 3);
                if (q > p) {
                    tail = addFree(p, q - p, tail);
                    setBit(startBits, p);
                }
                setBit(startBits, q);
                long n = size(q);
                live += n;
                p = q + n;
            }
        }
        if (end > p) {
            addFree(p, end - p, tail);
            setBit(startBits, p);
        }
        liveBytes = live;
    }

    /** The first marked object at or above p, or end. */
    private static long nextMarked(long p) {
        long g = (p - start) >>> 3;
        long w = g >>> 6, words = (end - start) >>> 9;
        if (w >= words) return end;
        long bits = Native.loadLong(markBits + (w << 3)) & (-1L << g);
        while (bits == 0) {
            if (++w >= words) return end;
            bits = Native.loadLong(markBits + (w << 3));
        }
        return start + ((w << 6) + lowestBit(bits) << 3);
    }

    // ---- bitmaps ----

    private static void setBit(long bits, long p) {
        long g = (p - start) >>> 3;
        long w = bits + ((g >>> 6) << 3);
        Native.storeLong(w, Native.loadLong(w) | 1L << g);
    }

    private static boolean testBit(long bits, long p) {
        long g = (p - start) >>> 3;
        return (Native.loadLong(bits + ((g >>> 6) << 3)) & 1L << g) != 0;
    }

    /** The nearest set bit of the start bitmap at or below v's granule (bit 0, the heap's start, is always set). */
    private static long blockStart(long v) {
        long g = (v - start) >>> 3;
        long w = g >>> 6;
        long bits = Native.loadLong(startBits + (w << 3)) & (-1L >>> (63 - (g & 63)));
        while (bits == 0) bits = Native.loadLong(startBits + (--w << 3));
        return start + ((w << 6) + highestBit(bits) << 3);
    }

    private static long highestBit(long x) {
        long n = 0;
        if (x >>> 32 != 0) { n += 32; x >>>= 32; }
        if (x >>> 16 != 0) { n += 16; x >>>= 16; }
        if (x >>> 8 != 0) { n += 8; x >>>= 8; }
        if (x >>> 4 != 0) { n += 4; x >>>= 4; }
        if (x >>> 2 != 0) { n += 2; x >>>= 2; }
        if (x >>> 1 != 0) n += 1;
        return n;
    }

    private static long lowestBit(long x) {
        long n = 0;
        if ((x & 0xffffffffL) == 0) { n += 32; x >>>= 32; }
        if ((x & 0xffff) == 0) { n += 16; x >>>= 16; }
        if ((x & 0xff) == 0) { n += 8; x >>>= 8; }
        if ((x & 0xf) == 0) { n += 4; x >>>= 4; }
        if ((x & 0x3) == 0) { n += 2; x >>>= 2; }
        if ((x & 0x1) == 0) n += 1;
        return n;
    }

    // ---- the heap checker (GcOptions.checkHeap) ----

    /**
     * After a collection: the heap parses from start to end; every object is marked, its descriptor is one of the
     * image's and of a kind objects have, and every reference it holds is null, a constant in the image, or an
     * object of the heap (a block start that is not free, which after the poisoning of freed memory also catches
     * a reference to anything freed); the free list is in address order and holds free blocks only.
     */
    private static void verify() {
        long p = start;
        while (p < end) {
            long h = Native.loadLong(p);
            if (h != FREE && h != FREE8) {
                checkObject(p);
                if (!testBit(markBits, p)) fail("unmarked object survived the sweep", p);
            }
            long n = size(p);
            if (n <= 0 || (n & 7) != 0 || p + n > end) fail("block size", p);
            p += n;
        }
        long last = 0;
        for (long s = freeList; s != 0; s = Native.loadLong(s + 16)) {
            if (s <= last || s < start || s >= end || Native.loadLong(s) != FREE) fail("free list", s);
            last = s;
        }
        long rootsEnd = Native.loadLong(info + ROOTS_END);
        for (long a = Native.loadLong(info + ROOTS); a < rootsEnd; a += 8) checkReference(Native.loadLong(a), a);
    }

    private static void checkObject(long p) {
        long d = Native.loadLong(p);
        checkDescriptor(d, p);
        long kind = Native.loadLong(d);
        if (kind == KIND_CLASS) {
            long size = Native.loadLong(d + DESC_GC_SIZE);
            if (size < 8 || (size & 7) != 0) fail("instance size", p);
            for (long k = 1; k < size / 8; k++) {
                long map = size <= INLINE_MAP_LIMIT ? Native.loadLong(d + DESC_GC_MAP) : Native.loadLong(Native.loadLong(d + DESC_GC_MAP) + 8 * (k >>> 6));
                if ((map >>> (k & 63) & 1) != 0) checkReference(Native.loadLong(p + 8 * k), p);
            }
        } else {
            long n = Native.loadLong(p + 8);
            if (n < 0 || n > 0x7fffffffL) fail("array length", p);
            if (kind == KIND_REFERENCE_ARRAY) for (long k = 0; k < n; k++) checkReference(Native.loadLong(p + 16 + 8 * k), p);
        }
    }

    private static void checkDescriptor(long d, long where) {
        if (d < Native.loadLong(info + DESC_START) || d >= Native.loadLong(info + DESC_END) || (d & 7) != 0) fail("descriptor", where);
        long kind = Native.loadLong(d);
        if (kind != KIND_CLASS && kind != KIND_PRIMITIVE_ARRAY && kind != KIND_REFERENCE_ARRAY) fail("descriptor kind", where);
    }

    private static void checkReference(long v, long where) {
        if (v == 0) return;
        if ((v & 7) != 0) fail("misaligned reference", where);
        if (v >= start && v < end) {
            if (!testBit(startBits, v) || (Native.loadLong(v) & 1) != 0) fail("reference to freed memory", where);
        }
        checkDescriptor(Native.loadLong(v), where);
    }

    private static void fail(String what, long where) {
        Fault.heapCheck(what, where);
    }
}
