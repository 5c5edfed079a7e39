public class BinarySearchTree {
    static final class Tree {
        int key, count = 1;
        Tree left, right;
        Tree(int key) { this.key = key; }
    }

    static Tree insert(Tree t, int key) {
        if (t == null) return new Tree(key);
        if (key < t.key) t.left = insert(t.left, key);
        else if (key > t.key) t.right = insert(t.right, key);
        else t.count++;
        return t;
    }

    static Tree delete(Tree t, int key) {
        if (t == null) return null;
        if (key < t.key) t.left = delete(t.left, key);
        else if (key > t.key) t.right = delete(t.right, key);
        else {
            if (t.left == null) return t.right;
            if (t.right == null) return t.left;
            Tree m = t.right;
            while (m.left != null) m = m.left;
            t.key = m.key;
            t.count = m.count;
            m.count = 1;
            t.right = delete(t.right, m.key);
        }
        return t;
    }

    static boolean contains(Tree t, int key) {
        while (t != null) {
            if (key == t.key) return true;
            t = key < t.key ? t.left : t.right;
        }
        return false;
    }

    static int height(Tree t) { return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right)); }

    static int size(Tree t) { return t == null ? 0 : 1 + size(t.left) + size(t.right); }

    static void inorder(Tree t, StringBuilder sb) {
        if (t == null) return;
        inorder(t.left, sb);
        sb.append(t.key);
        if (t.count > 1) sb.append('x').append(t.count);
        sb.append(' ');
        inorder(t.right, sb);
    }

    static int kth(Tree t, int[] k) {
        if (t == null) return -1;
        int r = kth(t.left, k);
        if (r >= 0) return r;
        if (k[0]-- == 0) return t.key;
        return kth(t.right, k);
    }

    public static void main(String[] args) {
        Tree root = null;
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 30, 65, 35, 45, 20, 20};
        for (int k : keys) root = insert(root, k);
        StringBuilder sb = new StringBuilder();
        inorder(root, sb);
        System.out.println(sb + "| h=" + height(root) + " n=" + size(root));
        root = delete(root, 30);
        root = delete(root, 50);
        root = delete(root, 99);
        sb.setLength(0);
        inorder(root, sb);
        System.out.println(sb + "| root=" + root.key + " has40=" + contains(root, 40) + " has50=" + contains(root, 50));
        Tree big = null;
        int x = 1;
        for (int i = 0; i < 3000; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            big = insert(big, x % 10000);
        }
        int found = 0;
        for (int i = 0; i < 10000; i += 7) if (contains(big, i)) found++;
        System.out.println("n=" + size(big) + " h=" + height(big) + " found=" + found + " kth100=" + kth(big, new int[] {100}));
    }
}
