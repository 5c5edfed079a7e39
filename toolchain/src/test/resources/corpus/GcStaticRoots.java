// mkplay-heap: 131072
/** Objects reachable only from static fields (precise roots) survive; what they replace is reclaimed. */
public class GcStaticRoots {
    static int[] table;
    static String name;
    static Object[] holder = new Object[3];

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 70000; i++) {
            if (i % 100 == 0) {
                table = new int[64];
                for (int k = 0; k < 64; k++) table[k] = i + k;
                name = "name-" + i;
                holder[i / 100 % 3] = new StringBuilder("sb").append(i);
            }
            char[] garbage = new char[20 + i % 40];
            garbage[0] = (char) i;
            sum += table[i % 64] + name.length() + garbage.length;
        }
        System.out.println("sum " + sum + " " + name + " " + holder[0] + " " + holder[1] + " " + holder[2]);
    }
}
