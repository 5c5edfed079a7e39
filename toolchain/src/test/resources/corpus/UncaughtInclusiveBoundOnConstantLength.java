/** A constant-length table indexed by a loop that runs to its length inclusive; and an index the body doubles. */
public class UncaughtInclusiveBoundOnConstantLength {
    static int doubling(int[] t) {
        int s = 0;
        for (int i = 0; i < t.length; i++) {
            s += t[i];
            i = i * 2;
        }
        return s;
    }

    public static void main(String[] args) {
        int[] table = new int[5];
        for (int k = 0; k < 5; k++) table[k] = 10 + k;
        System.out.println("doubling " + doubling(table));
        int s = 0;
        for (int k = 0; k <= 5; k++) {
            s += table[k];
            System.out.println("k = " + k + ", s = " + s);
        }
        System.out.println("not reached " + s);
    }
}
