public class ExInlinedFrames {
    // Small methods that may fault or call: our compiler inlines each into its callers (InlinerTest checks it),
    // and every fault inside one must still print the callee's frame at its own line, as the JVM does.
    static final class Node {
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    private final int[] slots = {5, 6, 7, 8};
    private static int calls;

    static int valueOf(Node n) {
        calls++;
        return n.value;
    }

    final int slot(int i) {
        calls++;
        return slots[i];
    }

    static int ratio(int a, int b) {
        calls++;
        return a / b;
    }

    static int second(Node n) {
        calls++;
        return valueOf(n.next) + 1;
    }

    // not inlined (it may be overridden); calls only on a conditional path, so its frame is built only there
    int slotOrLog(int i) {
        if (i > 100) log(i);
        return slots[i] + i;
    }

    static void log(int i) {
        System.out.println("large index " + i);
    }

    static int checked(int v) {
        if (v < 0) fail(v);
        return v * 2;
    }

    static void fail(int v) {
        throw new IllegalStateException("negative " + v);
    }

    static int sum(ExInlinedFrames f, Node list, int i) {
        int s = valueOf(list) + second(list);
        s += f.slot(i);
        return s + ratio(s, i - 1) + checked(i - 3);
    }

    public static void main(String[] args) {
        Node list = new Node(1, new Node(2, null));
        ExInlinedFrames f = new ExInlinedFrames();
        System.out.println(sum(f, list, 3));
        try {
            valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null node");
        }
        try {
            f.slot(4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            ratio(1, 0);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            second(list.next);
        } catch (NullPointerException e) {
            System.out.println("no second");
        }
        System.out.println("calls " + calls);
        IllegalStateException first = null;
        try {
            sum(f, list, 1);
        } catch (ArithmeticException e) {
            first = new IllegalStateException("while summing", e);
        }
        try {
            sum(f, list, 2);
        } catch (IllegalStateException e) {
            first.addSuppressed(e);
        }
        try {
            sum(f, list, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            first.addSuppressed(e);
        }
        first.addSuppressed(new RuntimeException("so far " + sum(f, list, 3) + " " + f.slotOrLog(2)));
        try {
            f.slotOrLog(101);
        } catch (ArrayIndexOutOfBoundsException e) {
            first.addSuppressed(e);
        }
        try {
            f.slotOrLog(-2);
        } catch (ArrayIndexOutOfBoundsException e) {
            first.addSuppressed(e);
        }
        try {
            sum(f, list.next, 3);
        } catch (NullPointerException e) {
            first.addSuppressed(e);
        }
        try {
            sum(f, null, 3);
        } catch (NullPointerException e) {
            first.addSuppressed(e);
        }
        throw first;
    }
}
