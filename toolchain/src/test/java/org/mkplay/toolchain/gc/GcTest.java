package org.mkplay.toolchain.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.link.GcOptions;

/**
 * The collector on our emulator: it reclaims (a program allocating many heaps' worth finishes), it keeps what is
 * reachable (checked by the program and, in stress mode, by the heap checker after every collection), it reports
 * OutOfMemoryError without allocating when the live set does not fit, whatever the object sizes, and deep
 * recursion reports StackOverflowError. The differential corpus (Gc*.java) runs the same on the JVM and QEMU.
 */
class GcTest {
    static final long BUDGET = 1_000_000_000L;
    static final String OOM = "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n";

    static final String TREES = """
        public class Trees {
            static final class Node { Node l, r; int v; Node(Node l, Node r, int v) { this.l = l; this.r = r; this.v = v; } }
            static Node make(int d) { return d == 0 ? new Node(null, null, 1) : new Node(make(d - 1), make(d - 1), d); }
            static long check(Node n) { return n.l == null ? n.v : n.v + check(n.l) + check(n.r); }
            public static void main(String[] args) {
                Node keep = make(7);
                Object[] ring = new Object[5];
                long sum = 0;
                for (int i = 0; i < 60; i++) {
                    sum += check(make(5));
                    ring[i % 5] = new int[i * 13];
                    StringBuilder sb = new StringBuilder("x").append(i);
                    sum += sb.toString().length() + ((int[]) ring[(i + 3) % 5] == null ? 0 : ((int[]) ring[(i + 3) % 5]).length);
                }
                System.out.println(sum + " " + check(keep));
            }
        }
        """;

    /** Small objects kept forever: the live set outgrows any heap. */
    static final String FILL = """
        public class Fill {
            static final class Cell { Cell next; Cell(Cell next) { this.next = next; } }
            public static void main(String[] args) {
                Cell head = null;
                for (long i = 0; ; i++) head = new Cell(head);
            }
        }
        """;

    @Test
    void reclaimsGarbageAndKeepsTheLiveTree() throws Exception {
        GcRun.Outcome o = GcRun.run("Trees", TREES, GcOptions.heap(64 * 1024), BUDGET);
        assertEquals("26999 375\n", o.output());
        assertEquals(0, o.exit());
        assertTrue(o.collections() >= 5, "collections: " + o.collections());
    }

    /** Stress: a collection every 7th allocation, each followed by the heap checker. */
    @Test
    void stressWithTheHeapChecker() throws Exception {
        GcRun.Outcome o = GcRun.run("Trees", TREES, GcOptions.heap(64 * 1024).stressed(7), BUDGET);
        assertEquals("26999 375\n", o.output());
        assertTrue(o.collections() > 300, "collections: " + o.collections());
    }

    /**
     * The first span is cut at link time (link.Linker.firstSpan): collections after it, with the heap checker
     * after each (no stress: stress mode has no first span), keep the live tree, and the span's bytes count as
     * allocated.
     */
    @Test
    void theLinkTimeFirstSpanIsCollectedLikeAnyOther() throws Exception {
        GcRun.Outcome o = GcRun.run("Trees", TREES, new GcOptions(64 * 1024, true, 0), BUDGET);
        assertEquals("26999 375\n", o.output());
        assertTrue(o.collections() >= 5, "collections: " + o.collections());
    }

    /** A program whose allocations fit in the first span never enters the slow path (Gc.alloc counts nothing). */
    @Test
    void allocationsThatFitTheFirstSpanTakeOnlyTheFastPath() throws Exception {
        String small = """
            public class Small {
                public static void main(String[] args) {
                    int[] a = new int[100];
                    for (int i = 0; i < a.length; i++) a[i] = i * i;
                    System.out.println("sum " + a[99] + " " + new StringBuilder("ab").append(a.length));
                }
            }
            """;
        GcRun.Outcome o = GcRun.run("Small", small, GcOptions.DEFAULT, BUDGET);
        assertEquals("sum 9801 ab100\n", o.output());
        assertEquals(0, o.allocated(), "the slow path ran");
        GcRun.Outcome stressed = GcRun.run("Small", small, GcOptions.DEFAULT.stressed(1000), BUDGET);
        assertEquals(o.output(), stressed.output());
        assertTrue(stressed.allocated() > 0, "stress mode sends every allocation to the slow path");
    }

    /**
     * The checker finds what a broken collector leaves: with the tracing of class fields cut out of the image
     * (Gc.scanWords patched to return at once), a collection frees the children of live nodes, and the check right
     * after it reports a reference to freed (poisoned) memory instead of the program going on with corrupt data.
     */
    @Test
    void heapCheckerCatchesABrokenCollector() throws Exception {
        CompileResult compiled =
                GcRun.compile("Trees", TREES, GcOptions.heap(64 * 1024).stressed(50));
        byte[] elf = compiled.elf().clone();
        int at = fileOffset(
                elf, GcRun.symbol(compiled, "org.mkplay.rt.Gc.scanWords(JJ)V").address());
        byte[] ret = {0x67, (byte) 0x80, 0, 0}; // jalr zero, 0(ra)
        System.arraycopy(ret, 0, elf, at, 4);
        GcRun.Outcome o = GcRun.run(compiled, elf, BUDGET);
        assertTrue(
                o.output()
                        .startsWith(
                                "Exception in thread \"main\" java.lang.InternalError: heap check: reference to freed memory at 0x"),
                o.output());
        assertEquals(1, o.exit());
        assertEquals("26999 375\n", GcRun.run(compiled, BUDGET).output(), "the same image unpatched");
    }

    /**
     * A live set larger than the heap in small objects: the JVM's report, without the reporter allocating; on a
     * 64 KiB heap, and on the default heap (about 112 MiB: ten million small objects).
     */
    @ParameterizedTest(name = "heap {0} bytes (0: the default)")
    @CsvSource({"65536, 1000000000", "0, 2000000000"})
    void outOfMemoryWithSmallObjects(long heapBytes, long budget) throws Exception {
        GcOptions heap = heapBytes == 0 ? GcOptions.DEFAULT : GcOptions.heap(heapBytes);
        GcRun.Outcome o = GcRun.run("Fill", FILL, heap, budget);
        assertEquals(OOM, o.output());
        assertEquals(1, o.exit());
    }

    @Test
    void outOfMemoryWithBigArrays() throws Exception {
        GcRun.Outcome o = GcRun.run("Big", """
            public class Big {
                public static void main(String[] args) {
                    long[][] keep = new long[100][];
                    for (int i = 0; i < keep.length; i++) {
                        keep[i] = new long[1000];
                        System.out.println(i);
                    }
                }
            }
            """, GcOptions.heap(64 * 1024), BUDGET);
        assertTrue(o.output().startsWith("0\n1\n2\n"), o.output());
        assertTrue(o.output().endsWith("\n" + OOM), o.output());
        assertEquals(1, o.exit());
    }

    /** One object larger than the whole heap. */
    @Test
    void outOfMemoryForOneHugeArray() throws Exception {
        GcRun.Outcome o = GcRun.run("Huge", """
            public class Huge {
                public static void main(String[] args) {
                    System.out.println("asking");
                    int[] a = new int[200_000];
                    System.out.println(a.length);
                }
            }
            """, GcOptions.heap(64 * 1024), BUDGET);
        assertEquals("asking\n" + OOM, o.output());
    }

    @Test
    void stackOverflowIsReported() throws Exception {
        GcRun.Outcome o = GcRun.run("Deep", """
            public class Deep {
                static long down(long n) { return n == -1 ? 0 : down(n + 1) + 1; }
                public static void main(String[] args) {
                    System.out.println("down");
                    System.out.println(down(0));
                }
            }
            """, GcOptions.DEFAULT, BUDGET);
        assertEquals("down\nException in thread \"main\" java.lang.StackOverflowError\n", o.output());
        assertEquals(1, o.exit());
    }

    /**
     * A recursive method whose entry guard returns before its prologue (codegen.MethodCompiler.findEarlyReturn)
     * still checks the stack on the path that recurses.
     */
    @Test
    void stackOverflowThroughAShrinkWrappedGuard() throws Exception {
        GcRun.Outcome o = GcRun.run("Guarded", """
            public class Guarded {
                static int down(int n) {
                    if (n < 0) return n;
                    return down(n + 1) + 1;
                }
                public static void main(String[] args) {
                    System.out.println(down(-5));
                    System.out.println(down(0));
                }
            }
            """, GcOptions.DEFAULT, BUDGET);
        assertEquals("-5\nException in thread \"main\" java.lang.StackOverflowError\n", o.output());
        assertEquals(1, o.exit());
    }

    /** The file offset of a virtual address of the data segment (ELF64 program headers). */
    static int fileOffset(byte[] elf, long address) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(elf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long phoff = b.getLong(32);
        int phentsize = b.getShort(54), phnum = b.getShort(56);
        for (int k = 0; k < phnum; k++) {
            int h = (int) phoff + k * phentsize;
            long offset = b.getLong(h + 8), vaddr = b.getLong(h + 16), filesz = b.getLong(h + 32);
            if (b.getInt(h) == 1 && address >= vaddr && address < vaddr + filesz)
                return (int) (offset + address - vaddr);
        }
        throw new AssertionError("address not in a loaded segment: " + Long.toHexString(address));
    }
}
