/** The length of an array local that is null on a later trip of a loop. */
public class UncaughtNullArrayLength {
    public static void main(String[] args) {
        char[] text = "abc".toCharArray();
        int total = 0;
        for (int k = 0; k < 5; k++) {
            total += text.length;
            System.out.println("total " + total);
            if (k == 2) text = null;
        }
        System.out.println("not reached");
    }
}
