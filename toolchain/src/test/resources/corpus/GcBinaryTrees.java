// mkplay-heap: 262144
/** Allocates about 60 times its 256 KiB heap in small trees while one long-lived tree must survive every collection. */
public class GcBinaryTrees {
    static final class Node {
        final Node left, right;
        final int value;
        Node(Node left, Node right, int value) { this.left = left; this.right = right; this.value = value; }
        long sum() { return value + (left == null ? 0 : left.sum() + right.sum()); }
    }

    static int counter;

    static Node tree(int depth) {
        if (depth == 0) return new Node(null, null, counter++ & 1023);
        Node l = tree(depth - 1);
        return new Node(l, tree(depth - 1), counter++ & 1023);
    }

    public static void main(String[] args) {
        Node longLived = tree(9);
        long expected = longLived.sum();
        long total = 0;
        for (int round = 0; round < 400; round++) {
            total += tree(10).sum();
            if (round % 100 == 0) System.out.println("round " + round + " total " + total + " kept " + (longLived.sum() == expected));
        }
        System.out.println("total " + total + " long lived " + longLived.sum() + " " + expected);
    }
}
