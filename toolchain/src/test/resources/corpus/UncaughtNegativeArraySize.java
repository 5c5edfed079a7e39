public class UncaughtNegativeArraySize {
    public static void main(String[] args) {
        int size = 3;
        for (int round = 0; round < 5; round++) {
            long[] a = new long[size];
            System.out.println("allocated " + a.length);
            size -= 2;
        }
    }
}
