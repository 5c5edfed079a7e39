// mkplay-heap: 262144
/** A binary search tree with a steady live set: inserts and deletes of random keys, values replaced as strings. */
public class GcSearchTree {
    static final class Node {
        final int key;
        String value;
        Node left, right;
        Node(int key, String value) { this.key = key; this.value = value; }
    }

    static Node root;
    static int size;

    static void put(int key, String value) {
        if (root == null) { root = new Node(key, value); size++; return; }
        Node n = root;
        while (true) {
            if (key == n.key) { n.value = value; return; }
            Node next = key < n.key ? n.left : n.right;
            if (next == null) {
                if (key < n.key) n.left = new Node(key, value); else n.right = new Node(key, value);
                size++;
                return;
            }
            n = next;
        }
    }

    static Node remove(Node n, int key) {
        if (n == null) return null;
        if (key < n.key) { n.left = remove(n.left, key); return n; }
        if (key > n.key) { n.right = remove(n.right, key); return n; }
        size--;
        if (n.left == null) return n.right;
        if (n.right == null) return n.left;
        Node m = n.right;
        while (m.left != null) m = m.left;
        Node copy = new Node(m.key, m.value);
        size++;
        copy.right = remove(n.right, m.key);
        copy.left = n.left;
        return copy;
    }

    static long check(Node n) {
        if (n == null) return 0;
        return n.key + n.value.length() + check(n.left) + check(n.right);
    }

    public static void main(String[] args) {
        long seed = 99;
        for (int i = 0; i < 60000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int key = (int) ((seed >>> 33) % 2000);
            if ((seed >>> 62) == 0) root = remove(root, key);
            else put(key, "v" + key + "/" + i);
        }
        System.out.println("size " + size + " check " + check(root));
    }
}
