public class UncaughtArrayCopyStore {
    public static void main(String[] args) {
        Object[] mixed = {"alpha", "beta", new StringBuilder("gamma"), "delta"};
        Object[] anything = new Object[4];
        System.arraycopy(mixed, 0, anything, 0, 4);
        System.out.println(anything[2] + " " + anything[3]);
        Object[][] rows = {new String[] {"r0"}, new String[] {"r1"}};
        String[][] copy = new String[2][];
        System.arraycopy(rows, 0, copy, 0, 2);
        System.out.println(copy[1][0]);
        String[] strings = new String[4];
        System.out.println("copying a StringBuilder into a String[]:");
        System.arraycopy(mixed, 0, strings, 0, 4);
        System.out.println("not reached " + strings[0]);
    }
}
