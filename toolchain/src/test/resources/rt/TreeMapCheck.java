package org.mkplay.rt;

import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * Compiled with the runtime library's sources and run on the JVM by TreeMapInvariantsTest: random puts, removes and
 * polls on a JTreeMap and on java.util.TreeMap; after each, the red-black invariants (JTreeMap's javadoc), the
 * parent links, the key order, the size and a ceiling/floor/higher/lower query; at the end the in-order walks both
 * ways. Throws AssertionError at the first difference.
 */
public final class TreeMapCheck {
    private TreeMapCheck() {}

    public static String run(int seeds, int operations) {
        for (int seed = 0; seed < seeds; seed++) {
            Random random = new Random(seed);
            JTreeMap<Integer, Integer> map = new JTreeMap<Integer, Integer>(new JComparator<Integer>() {
                public int compare(Integer a, Integer b) {
                    return Integer.compare(a, b);
                }
            });
            TreeMap<Integer, Integer> jdk = new TreeMap<>();
            int range = 1 + random.nextInt(300);
            for (int op = 0; op < operations; op++) {
                step(map, jdk, random, range, op);
                check(map.root == null || map.root.black, "the root is black");
                blackHeight(map.root, null);
                same(map.size(), jdk.size(), "size");
                int q = random.nextInt(range + 2) - 1;
                same(map.ceilingKey(q), jdk.ceilingKey(q), "ceilingKey");
                same(map.floorKey(q), jdk.floorKey(q), "floorKey");
                same(map.higherKey(q), jdk.higherKey(q), "higherKey");
                same(map.lowerKey(q), jdk.lowerKey(q), "lowerKey");
            }
            StringBuilder up = new StringBuilder(), down = new StringBuilder();
            for (JTreeMap.Node<Integer, Integer> n = map.firstNode(); n != null; n = JTreeMap.successor(n))
                up.append(n.key).append(',');
            for (JTreeMap.Node<Integer, Integer> n = map.lastNode(); n != null; n = JTreeMap.predecessor(n))
                down.append(n.key).append(',');
            StringBuilder jdkUp = new StringBuilder(), jdkDown = new StringBuilder();
            for (Integer k : jdk.keySet()) jdkUp.append(k).append(',');
            for (Integer k : jdk.descendingKeySet()) jdkDown.append(k).append(',');
            same(up.toString(), jdkUp.toString(), "successor walk");
            same(down.toString(), jdkDown.toString(), "predecessor walk");
        }
        return seeds + " seeds of " + operations + " operations";
    }

    private static void step(
            JTreeMap<Integer, Integer> map, TreeMap<Integer, Integer> jdk, Random random, int range, int op) {
        int key = random.nextInt(range), what = random.nextInt(10);
        if (what < 5) same(map.put(key, op), jdk.put(key, op), "put");
        else if (what < 8) same(map.remove(key), jdk.remove(key), "remove");
        else if (jdk.isEmpty()) same(map.pollFirstEntry(), null, "pollFirstEntry of an empty map");
        else if (what == 8) same(map.pollFirstEntry().getKey(), jdk.pollFirstEntry().getKey(), "pollFirstEntry");
        else same(map.pollLastEntry().getKey(), jdk.pollLastEntry().getKey(), "pollLastEntry");
    }

    /** The black height of the subtree at n (1 for an empty one), checking its links, order and colours. */
    private static int blackHeight(JTreeMap.Node<Integer, Integer> n, JTreeMap.Node<Integer, Integer> parent) {
        if (n == null) return 1;
        check(n.parent == parent, "parent link of " + n.key);
        check(n.left == null || n.left.key < n.key, "order left of " + n.key);
        check(n.right == null || n.right.key > n.key, "order right of " + n.key);
        check(n.black || (isBlack(n.left) && isBlack(n.right)), "a red node with a red child at " + n.key);
        int left = blackHeight(n.left, n), right = blackHeight(n.right, n);
        same(left, right, "black height below " + n.key);
        return left + (n.black ? 1 : 0);
    }

    private static boolean isBlack(JTreeMap.Node<Integer, Integer> n) {
        return n == null || n.black;
    }

    private static void same(Object ours, Object jdk, String what) {
        check(Objects.equals(ours, jdk), what + ": " + ours + ", the JDK's " + jdk);
    }

    private static void check(boolean holds, String what) {
        if (!holds) throw new AssertionError(what);
    }
}
