/**
 * Binary trees (the Benchmarks Game's allocation benchmark): a stretch tree of depth SIZE + 1, a long-lived tree of
 * depth SIZE, and for depths 4, 6, .. SIZE, 2^(SIZE - depth + 4) trees built, checked (their nodes counted) and
 * dropped. Measures allocation and the garbage collector.
 */
public class BinaryTrees {
    static final int SIZE = 14;

    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node tree(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
    }

    public static void main(String[] args) {
        int max = Math.max(6, SIZE);
        long stretch = tree(max + 1).check();
        Node longLived = tree(max);
        long total = 0;
        for (int depth = 4; depth <= max; depth += 2) {
            int iterations = 1 << (max - depth + 4);
            for (int i = 0; i < iterations; i++) total += tree(depth).check();
        }
        System.out.println("binarytrees " + max + ": stretch " + stretch + ", trees " + total + ", long lived " + longLived.check());
    }
}
