import java.util.*;

public class BoxedValues {
    static Integer maybe(int i) { return i % 3 == 0 ? null : i * 1000; }

    public static void main(String[] args) {
        Integer a = 100, b = 100, c = 1000, d = 1000;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Long x = 127L, y = 127L, z = 128L, w = 128L;
        System.out.println((x == y) + " " + (z == w) + " " + z.equals(w) + " " + x.equals(127) + " " + x.equals(127L));
        Character p = 'a', q = 'a', r = '\u00e9', t = '\u00e9';
        System.out.println((p == q) + " " + (r == t) + " " + r.equals(t) + " " + Character.valueOf('z').compareTo('a'));
        Boolean yes = true, alsoYes = Boolean.valueOf("TRUE"), no = Boolean.parseBoolean("nope");
        System.out.println((yes == alsoYes) + " " + no + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Boolean.compare(true, false));
        List<Long> longs = new ArrayList<>();
        for (long v = -5; v < 50; v += 7) longs.add(v * v * v * 1_000_003L);
        long sum = 0;
        for (long v : longs) sum += v;
        System.out.println(longs + " sum " + sum + " max " + Collections.max(longs) + " min " + Collections.min(longs));
        int total = 0;
        for (int i = 0; i < 12; i++) {
            Integer m = maybe(i);
            if (m != null) total += m;
        }
        System.out.println("total " + total);
        Map<Long, Boolean> parity = new HashMap<>();
        for (long v = 1L << 40; v < (1L << 40) + 20; v += 3) parity.put(v, (v & 1) == 0);
        System.out.println(parity);
        System.out.println(Integer.valueOf(77).hashCode() + " " + Long.valueOf(-77L).hashCode() + " " + Long.hashCode(1L << 35) + " " + Integer.compare(3, 9));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Long.parseUnsignedLong("9223372036854775808") + " " + Long.toUnsignedString(-2));
        List<Integer> numbers = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        numbers.remove(Integer.valueOf(8));
        numbers.remove(0);
        System.out.println(numbers + " " + numbers.indexOf(9) + " " + numbers.contains(3));
        Comparable<Integer> cmp = 5;
        System.out.println(cmp.compareTo(7) + " " + Integer.valueOf(300).compareTo(299));
    }
}
