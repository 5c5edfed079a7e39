public class UncaughtLongRemainder {
    public static void main(String[] args) {
        long x = Long.MIN_VALUE;
        for (long d = 3; ; d--) {
            System.out.println(x + " % " + d + " = " + (x % d) + ", / = " + (x / d));
        }
    }
}
