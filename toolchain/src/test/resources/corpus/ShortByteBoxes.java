import java.util.*;

/** Short and Byte boxes: the JVM's caches, parsing, comparison, and collections of them. */
public class ShortByteBoxes {
    public static void main(String[] args) {
        Short a = 100, b = 100, c = 1000, d = 1000;
        Byte x = 127, y = 127, z = -128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (x == y) + " " + z);
        short s = a;
        byte t = x;
        System.out.println(s + t + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Short.valueOf("123"));
        System.out.println(Short.compare((short) 5, (short) -5) + " " + Byte.compare((byte) -1, (byte) 1) + " " + Short.toUnsignedInt((short) -1)
            + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE);
        List<Short> shorts = new ArrayList<>();
        for (int i = 0; i < 6; i++) shorts.add((short) (i * 7000 - 20000));
        shorts.sort(Comparator.reverseOrder());
        System.out.println(shorts + " " + shorts.get(0).hashCode() + " " + shorts.contains((short) 1000));
        Map<Byte, Integer> counts = new TreeMap<>();
        byte[] data = "mississippi".getBytes();
        for (byte v : data) counts.merge(v, 1, Integer::sum);
        System.out.println(counts);
        Short boxed = 42;
        Object o = boxed;
        System.out.println((o instanceof Short) + " " + boxed.intValue() * 2 + " " + boxed.compareTo((short) 50) + " " + Short.toString((short) -9));
    }
}
