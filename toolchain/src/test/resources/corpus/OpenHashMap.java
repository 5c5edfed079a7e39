public class OpenHashMap {
    static final class Map {
        String[] keys = new String[8];
        int[] values = new int[8];
        boolean[] deleted = new boolean[8];
        int size, probes;

        static int hash(String k) {
            int h = k.hashCode();
            return h ^ (h >>> 16);
        }

        int slot(String key) {
            int mask = keys.length - 1, i = hash(key) & mask, tomb = -1;
            while (keys[i] != null || deleted[i]) {
                probes++;
                if (deleted[i]) { if (tomb < 0) tomb = i; }
                else if (keys[i].equals(key)) return i;
                i = (i + 1) & mask;
            }
            return tomb >= 0 ? tomb : i;
        }

        void put(String key, int value) {
            if ((size + 1) * 4 > keys.length * 3) grow();
            int i = slot(key);
            if (keys[i] == null || !keys[i].equals(key)) { size++; keys[i] = key; deleted[i] = false; }
            values[i] = value;
        }

        int get(String key, int missing) {
            int i = slot(key);
            return keys[i] != null && keys[i].equals(key) ? values[i] : missing;
        }

        boolean remove(String key) {
            int i = slot(key);
            if (keys[i] == null || !keys[i].equals(key)) return false;
            keys[i] = null;
            deleted[i] = true;
            size--;
            return true;
        }

        void grow() {
            String[] oldKeys = keys;
            int[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new int[keys.length];
            deleted = new boolean[keys.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldValues[i]);
        }
    }

    public static void main(String[] args) {
        Map m = new Map();
        String text = "the cat and the dog and the bird saw a cat chase the dog around the old tree near the cat";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                String w = text.substring(start, i);
                m.put(w, m.get(w, 0) + 1);
                start = i + 1;
            }
        }
        System.out.println("the=" + m.get("the", 0) + " cat=" + m.get("cat", 0) + " dog=" + m.get("dog", 0) + " zebra=" + m.get("zebra", -1) + " size=" + m.size);
        for (int i = 0; i < 2000; i++) m.put("key" + i, i * i);
        System.out.println("size=" + m.size + " cap=" + m.keys.length + " key1234=" + m.get("key1234", -1));
        int removed = 0;
        for (int i = 0; i < 2000; i += 3) if (m.remove("key" + i)) removed++;
        System.out.println("removed=" + removed + " size=" + m.size + " key3=" + m.get("key3", -1) + " key4=" + m.get("key4", -1));
        for (int i = 0; i < 2000; i += 6) m.put("key" + i, -i);
        long sum = 0;
        for (int i = 0; i < 2000; i++) sum += m.get("key" + i, 1);
        System.out.println("sum=" + sum + " probes=" + m.probes + " hash(Aa)=" + "Aa".hashCode() + " hash(BB)=" + "BB".hashCode());
    }
}
