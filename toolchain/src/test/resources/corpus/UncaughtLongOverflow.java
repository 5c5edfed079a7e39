public class UncaughtLongOverflow {
    public static void main(String[] args) {
        long v = 3;
        for (int i = 0; i < 64; i++) {
            v = Math.multiplyExact(v, 7L);
            System.out.println(i + ": " + v);
        }
    }
}
