import java.util.*;

public class HashMapOrder {
    public static void main(String[] args) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < 5000; i++) m.put(i * 7919 - 20000, i);
        for (int i = 0; i < 5000; i += 3) m.remove(i * 7919 - 20000);
        long checksum = 0;
        int position = 0;
        for (Map.Entry<Integer, Integer> e : m.entrySet()) checksum = checksum * 31 + e.getKey() * 7L + e.getValue() + position++;
        System.out.println(m.size() + " " + checksum);
        Map<String, String> collide = new HashMap<>();
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES"};
        for (String k : keys) collide.put(k, k.toLowerCase() + k.hashCode());
        System.out.println(collide);
        collide.remove("BB");
        collide.put("BB", "again");
        System.out.println(collide.keySet());
        Map<String, Integer> small = new HashMap<>(2);
        for (char ch = 'a'; ch <= 'z'; ch++) small.put("" + ch + ch, (int) ch);
        System.out.println(small);
        Map<String, Integer> copy = new HashMap<>(small);
        System.out.println(copy.equals(small) + " " + copy.hashCode() + " " + small.hashCode());
        Set<Long> longs = new HashSet<>();
        for (long v = -3; v < 40; v++) longs.add(v << 33 | v);
        System.out.println(longs);
        Set<String> strings = new HashSet<>(Arrays.asList("zeta", "alpha", "omega", "beta", "gamma", "delta", "pi"));
        strings.retainAll(List.of("pi", "beta", "omega", "mu"));
        System.out.println(strings + " " + strings.containsAll(List.of("pi", "beta")));
        Map<Integer, String> cleared = new HashMap<>();
        for (int i = 0; i < 100; i++) cleared.put(i * 37, "v" + i);
        cleared.clear();
        for (int i = 0; i < 10; i++) cleared.put(i * 1000, "w" + i);
        System.out.println(cleared + " " + cleared.containsValue("w3") + " " + cleared.containsValue("v3"));
        Iterator<Map.Entry<Integer, String>> it = cleared.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey() % 3000 == 0) it.remove();
        for (Map.Entry<Integer, String> e : cleared.entrySet()) e.setValue(e.getValue().toUpperCase());
        System.out.println(cleared + " " + cleared.values());
        System.out.println(m.get(7919 * 1 - 20000) + " " + m.get(-20000) + " " + m.containsKey(7919 * 4999 - 20000) + " " + m.putIfAbsent(-20000, 5) + " " + m.putIfAbsent(-20000, 6));
    }
}
