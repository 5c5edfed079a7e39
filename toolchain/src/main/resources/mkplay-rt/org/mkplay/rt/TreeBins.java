package org.mkplay.rt;

import org.mkplay.rt.JHashMap.Node;
import org.mkplay.rt.JHashMap.TreeNode;

/**
 * HashMap's tree bins. A program can see them: a bin's nodes are iterated along their {@code next} links,
 * and the JDK reorders those links when a bin becomes a red-black tree (the root moves to the front, a new
 * node goes right after its tree parent). So to iterate in the JVM's order a bin of 8 or more colliding keys
 * must become the same tree: the classic red-black insertion and deletion (Cormen et al., ch. 13) with the
 * JDK's order of keys (hash, then compareTo for keys of one Comparable class, then a tie-break), its
 * thresholds (treeify at 8 in a table of 64 or more, back to a list at 6 or fewer after a resize) and its
 * points at which the root moves to the front. Lookups need none of this: every node is still on the list.
 */
final class TreeBins {
    static final int TREEIFY_THRESHOLD = 8;
    static final int UNTREEIFY_THRESHOLD = 6;
    static final int MIN_TREEIFY_CAPACITY = 64;

    private TreeBins() {}

    /** Turns the list at tab[index] into a tree (every node replaced by a TreeNode, list order kept). */
    static <K, V> void treeify(JHashMap<K, V> map, Node<K, V>[] tab, int index) {
        TreeNode<K, V> head = null, tail = null;
        for (Node<K, V> e = tab[index]; e != null; e = e.next) {
            TreeNode<K, V> t = map.replacementTreeNode(e);
            t.prev = tail;
            if (tail == null) head = t;
            else tail.next = t;
            tail = t;
        }
        tab[index] = head;
        if (head != null) build(head, tab);
    }

    /** Links the list starting at head into a tree, inserting in list order, then moves the root to the front. */
    static <K, V> void build(TreeNode<K, V> head, Node<K, V>[] tab) {
        TreeNode<K, V> root = null;
        for (TreeNode<K, V> x = head, next; x != null; x = next) {
            next = (TreeNode<K, V>) x.next;
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
            } else {
                root = insertBelow(root, x);
            }
        }
        moveRootToFront(tab, root);
    }

    /**
     * Puts a new key into the tree bin whose first node is first, or returns the node that already holds it.
     * The new node is linked into the list right after its tree parent, as the JDK does.
     */
    static <K, V> TreeNode<K, V> put(JHashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> first, int h, K k, V v) {
        TreeNode<K, V> root = rootOf(first);
        boolean searched = false;
        for (TreeNode<K, V> p = root; ; ) {
            int dir = compareHashes(h, p.hash);
            if (dir == 0) {
                if (p.key == k || (k != null && k.equals(p.key))) return p;
                dir = compareComparables(k, p.key);
                if (dir == 0) {
                    if (!searched) {
                        searched = true;
                        TreeNode<K, V> q = findBelow(p.left, h, k);
                        if (q == null) q = findBelow(p.right, h, k);
                        if (q != null) return q;
                    }
                    dir = tieBreakOrder(k, p.key);
                }
            }
            TreeNode<K, V> child = dir <= 0 ? p.left : p.right;
            if (child == null) {
                Node<K, V> after = p.next;
                TreeNode<K, V> x = map.newTreeNode(h, k, v);
                x.next = after;
                p.next = x;
                x.parent = x.prev = p;
                if (after != null) ((TreeNode<K, V>) after).prev = x;
                if (dir <= 0) p.left = x;
                else p.right = x;
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
            p = child;
        }
    }

    /** Where x goes below the tree rooted at root (used while building: keys there are all distinct). */
    private static <K, V> TreeNode<K, V> insertBelow(TreeNode<K, V> root, TreeNode<K, V> x) {
        for (TreeNode<K, V> p = root; ; ) {
            int dir = compareHashes(x.hash, p.hash);
            if (dir == 0) {
                dir = compareComparables(x.key, p.key);
                if (dir == 0) dir = tieBreakOrder(x.key, p.key);
            }
            TreeNode<K, V> child = dir <= 0 ? p.left : p.right;
            if (child == null) {
                x.parent = p;
                if (dir <= 0) p.left = x;
                else p.right = x;
                return balanceInsertion(root, x);
            }
            p = child;
        }
    }

    private static int compareHashes(int h, int ph) {
        return ph > h ? -1 : (ph < h ? 1 : 0);
    }

    /** The JDK orders two keys of the same Comparable class by compareTo; anything else compares as equal. */
    private static int compareComparables(Object k, Object other) {
        if (!(k instanceof JComparable) || other == null) return 0;
        if (Native.loadLong(Native.addressOf(k)) != Native.loadLong(Native.addressOf(other))) return 0;
        return ((JComparable<Object>) k).compareTo(other);
    }

    /**
     * Equal hashes and no order: the JDK compares class names, then identity hashes, which differ from run to
     * run on the JVM (so no program can rely on this order); ours are addresses.
     */
    private static int tieBreakOrder(Object a, Object b) {
        int d = 0;
        if (a != null && b != null) d = Native.className(a).compareTo(Native.className(b));
        if (d == 0) d = (a == null ? 0 : Native.addressOf(a)) <= (b == null ? 0 : Native.addressOf(b)) ? -1 : 1;
        return d;
    }

    private static <K, V> TreeNode<K, V> findBelow(TreeNode<K, V> p, int h, Object k) {
        while (p != null) {
            int dir = compareHashes(h, p.hash);
            if (dir == 0 && (p.key == k || (k != null && k.equals(p.key)))) return p;
            if (dir != 0) {
                p = dir < 0 ? p.left : p.right;
            } else if (p.left == null) {
                p = p.right;
            } else if (p.right == null) {
                p = p.left;
            } else if ((dir = compareComparables(k, p.key)) != 0) {
                p = dir < 0 ? p.left : p.right;
            } else {
                TreeNode<K, V> q = findBelow(p.right, h, k);
                if (q != null) return q;
                p = p.left;
            }
        }
        return null;
    }

    private static <K, V> TreeNode<K, V> rootOf(TreeNode<K, V> t) {
        while (t.parent != null) t = t.parent;
        return t;
    }

    /** Makes root the first node of its bin's list (the JDK keeps it there). */
    static <K, V> void moveRootToFront(Node<K, V>[] tab, TreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) return;
        int index = (tab.length - 1) & root.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
        if (root == first) return;
        tab[index] = root;
        TreeNode<K, V> before = root.prev;
        Node<K, V> after = root.next;
        if (after != null) ((TreeNode<K, V>) after).prev = before;
        if (before != null) before.next = after;
        if (first != null) first.prev = root;
        root.next = first;
        root.prev = null;
    }

    /** After a resize: this bin's nodes split into the low and high bins, each a list again if small. */
    static <K, V> void split(JHashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> bin, int index, int bit) {
        TreeNode<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
        int lo = 0, hi = 0;
        for (TreeNode<K, V> e = bin, next; e != null; e = next) {
            next = (TreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null) loHead = e;
                else loTail.next = e;
                loTail = e;
                lo++;
            } else {
                if ((e.prev = hiTail) == null) hiHead = e;
                else hiTail.next = e;
                hiTail = e;
                hi++;
            }
        }
        if (loHead != null) tab[index] = settle(map, tab, loHead, lo, hiHead != null);
        if (hiHead != null) tab[index + bit] = settle(map, tab, hiHead, hi, loHead != null);
    }

    private static <K, V> Node<K, V> settle(JHashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> head, int n, boolean split) {
        if (n <= UNTREEIFY_THRESHOLD) return untreeify(map, head);
        if (split) {
            tab[(tab.length - 1) & head.hash] = head;
            build(head, tab);
            return tab[(tab.length - 1) & head.hash];
        }
        return head; // the whole tree moved: it is still a valid tree with its root in front
    }

    static <K, V> Node<K, V> untreeify(JHashMap<K, V> map, Node<K, V> head) {
        Node<K, V> first = null, last = null;
        for (Node<K, V> q = head; q != null; q = q.next) {
            Node<K, V> p = map.replacementNode(q);
            if (last == null) first = p;
            else last.next = p;
            last = p;
        }
        return first;
    }

    /**
     * Removes p from its tree bin. movable is false for an iterator's remove (the JDK then neither moves the
     * root to the front nor turns a small tree back into a list).
     */
    static <K, V> void remove(JHashMap<K, V> map, Node<K, V>[] tab, TreeNode<K, V> p, boolean movable) {
        int index = (tab.length - 1) & p.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
        TreeNode<K, V> succ = (TreeNode<K, V>) p.next, pred = p.prev;
        if (pred == null) tab[index] = first = succ;
        else pred.next = succ;
        if (succ != null) succ.prev = pred;
        if (first == null) return;
        TreeNode<K, V> root = rootOf(first);
        if (movable && (root.right == null || root.left == null || root.left.left == null)) {
            tab[index] = untreeify(map, first);
            return;
        }
        TreeNode<K, V> replacement;
        if (p.left != null && p.right != null) {
            root = swapWithSuccessor(root, p);
            replacement = p.right != null ? p.right : p;
        } else {
            replacement = p.left != null ? p.left : (p.right != null ? p.right : p);
        }
        if (replacement != p) {
            TreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) (root = replacement).red = false;
            else if (p == pp.left) pp.left = replacement;
            else pp.right = replacement;
            p.left = p.right = p.parent = null;
        }
        TreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) detach(p);
        if (movable) moveRootToFront(tab, r);
    }

    /** p has two children: it trades places (and colours) with its in-order successor s. */
    private static <K, V> TreeNode<K, V> swapWithSuccessor(TreeNode<K, V> root, TreeNode<K, V> p) {
        TreeNode<K, V> pl = p.left, pr = p.right, s = pr;
        while (s.left != null) s = s.left;
        boolean c = s.red;
        s.red = p.red;
        p.red = c;
        TreeNode<K, V> sr = s.right, pp = p.parent;
        if (s == pr) {
            p.parent = s;
            s.right = p;
        } else {
            TreeNode<K, V> sp = s.parent;
            if ((p.parent = sp) != null) {
                if (s == sp.left) sp.left = p;
                else sp.right = p;
            }
            if ((s.right = pr) != null) pr.parent = s;
        }
        p.left = null;
        if ((p.right = sr) != null) sr.parent = p;
        if ((s.left = pl) != null) pl.parent = s;
        if ((s.parent = pp) == null) root = s;
        else if (p == pp.left) pp.left = s;
        else pp.right = s;
        return root;
    }

    private static <K, V> void detach(TreeNode<K, V> p) {
        TreeNode<K, V> pp = p.parent;
        p.parent = null;
        if (pp != null) {
            if (p == pp.left) pp.left = null;
            else if (p == pp.right) pp.right = null;
        }
    }

    /**
     * Rotates left (left) or right at p: p's child on the other side takes p's place and p becomes its child;
     * returns the (possibly new) root.
     */
    private static <K, V> TreeNode<K, V> rotate(TreeNode<K, V> root, TreeNode<K, V> p, boolean left) {
        TreeNode<K, V> r = p == null ? null : left ? p.right : p.left;
        if (r == null) return root;
        TreeNode<K, V> inner = left ? r.left : r.right;
        if (left) p.right = inner;
        else p.left = inner;
        if (inner != null) inner.parent = p;
        TreeNode<K, V> pp = r.parent = p.parent;
        if (pp == null) (root = r).red = false;
        else if (pp.left == p) pp.left = r;
        else pp.right = r;
        if (left) r.left = p;
        else r.right = p;
        p.parent = r;
        return root;
    }

    /** Red-black insertion fix-up for the new red node x; returns the (possibly new) root. */
    private static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> x) {
        x.red = true;
        while (true) {
            TreeNode<K, V> xp = x.parent, xpp;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (!xp.red || (xpp = xp.parent) == null) return root;
            TreeNode<K, V> uncle = xp == xpp.left ? xpp.right : xpp.left;
            if (uncle != null && uncle.red) {
                uncle.red = false;
                xp.red = false;
                xpp.red = true;
                x = xpp;
                continue;
            }
            boolean leftSide = xp == xpp.left;
            if (x == (leftSide ? xp.right : xp.left)) {
                x = xp;
                root = rotate(root, x, leftSide);
                xp = x.parent;
                xpp = xp == null ? null : xp.parent;
            }
            if (xp != null) {
                xp.red = false;
                if (xpp != null) {
                    xpp.red = true;
                    root = rotate(root, xpp, !leftSide);
                }
            }
        }
    }

    /** Red-black deletion fix-up starting at x; returns the (possibly new) root. */
    private static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> x) {
        while (true) {
            TreeNode<K, V> xp;
            if (x == null || x == root) return root;
            if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            boolean leftSide = xp.left == x;
            TreeNode<K, V> sibling = leftSide ? xp.right : xp.left;
            if (sibling != null && sibling.red) {
                sibling.red = false;
                xp.red = true;
                root = rotate(root, xp, leftSide);
                xp = x.parent;
                sibling = xp == null ? null : (leftSide ? xp.right : xp.left);
            }
            if (sibling == null) {
                x = xp;
                continue;
            }
            TreeNode<K, V> near = leftSide ? sibling.left : sibling.right;
            TreeNode<K, V> far = leftSide ? sibling.right : sibling.left;
            if ((far == null || !far.red) && (near == null || !near.red)) {
                sibling.red = true;
                x = xp;
                continue;
            }
            if (far == null || !far.red) {
                if (near != null) near.red = false;
                sibling.red = true;
                root = rotate(root, sibling, !leftSide);
                xp = x.parent;
                sibling = xp == null ? null : (leftSide ? xp.right : xp.left);
            }
            if (sibling != null) {
                sibling.red = xp != null && xp.red;
                far = leftSide ? sibling.right : sibling.left;
                if (far != null) far.red = false;
            }
            if (xp != null) {
                xp.red = false;
                root = rotate(root, xp, leftSide);
            }
            x = root;
        }
    }
}
