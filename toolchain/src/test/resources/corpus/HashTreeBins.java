import java.util.*;

/** Keys that collide on purpose, so HashMap's bins become red-black trees and back: the order must stay the JVM's. */
public class HashTreeBins {
    static final class Key implements Comparable<Key> {
        final int id;
        final int hash;
        Key(int id, int buckets) { this.id = id; this.hash = (id % buckets) * 64; }
        public int hashCode() { return hash; }
        public boolean equals(Object o) { return o instanceof Key k && k.id == id; }
        public int compareTo(Key o) { return Integer.compare(id, o.id); }
        public String toString() { return "k" + id; }
    }

    static long seed = 2024;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    static String collidingString(int bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append(((bits >> i) & 1) == 0 ? "Aa" : "BB");
        return sb.toString();
    }

    static long fingerprint(Iterable<?> items) {
        long h = 17;
        for (Object o : items) h = h * 1000003 + o.hashCode() * 31L + o.toString().length();
        return h;
    }

    public static void main(String[] args) {
        Map<Key, Integer> map = new HashMap<>();
        for (int step = 0; step < 4000; step++) {
            int op = next(10);
            Key k = new Key(next(300), 5);
            if (op < 6) map.put(k, step);
            else if (op < 9) map.remove(k);
            else {
                Iterator<Key> it = map.keySet().iterator();
                for (int skip = next(8); it.hasNext() && skip > 0; skip--) it.next();
                if (it.hasNext()) { it.next(); it.remove(); }
            }
            if (step % 500 == 499) System.out.println(step + ": size " + map.size() + " order " + fingerprint(map.keySet()));
        }
        System.out.println(map.keySet());
        Map<String, Integer> strings = new HashMap<>();
        for (int i = 0; i < 64; i++) strings.put(collidingString(i), i);
        System.out.println(strings.size() + " " + strings.values());
        for (int i = 0; i < 64; i += 3) strings.remove(collidingString(i));
        System.out.println(strings.values());
        Map<Key, String> linked = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) linked.put(new Key(next(120), 2), "v" + i);
        for (int i = 0; i < 80; i++) linked.remove(new Key(next(120), 2));
        System.out.println(linked.size() + " " + fingerprint(linked.keySet()) + " " + linked.values());
        Set<Key> set = new HashSet<>();
        for (int i = 0; i < 500; i++) set.add(new Key(i * 7 % 331, 3));
        System.out.println(set.size() + " " + fingerprint(set));
        Map<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 100; i++) ints.put(i * 128, i);
        for (int i = 0; i < 100; i += 2) ints.remove(i * 128);
        System.out.println(ints);
    }
}
