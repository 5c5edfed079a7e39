public class DivisionTable {
    static int[] NUMS = {17, -17, 0, 1, -1, 5, -5, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 30, 12345};
    static int[] DIVS = {1, -1, 2, -2, 3, -3, 7, 10, -10, 16, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE};

    public static void main(String[] args) {
        for (int n : NUMS) {
            StringBuilder sb = new StringBuilder().append(n).append(':');
            for (int d : DIVS) sb.append(' ').append(n / d).append('r').append(n % d);
            System.out.println(sb);
        }
        for (int n : NUMS) {
            long ln = (long) n * 3 - 1;
            StringBuilder sb = new StringBuilder().append(ln).append(':');
            for (int d : DIVS) sb.append(' ').append(ln / d).append('r').append(ln % d);
            System.out.println(sb);
        }
        for (int n : NUMS) {
            System.out.println(n / 2 + " " + n / 4 + " " + n / 3 + " " + n / 10 + " " + n / -8 + " "
                + n % 2 + " " + n % 4 + " " + n % 3 + " " + n % 10 + " " + n % -8);
            System.out.println(Math.floorDiv(n, 3) + " " + Math.floorMod(n, 3) + " " + Math.floorDiv(n, -4) + " " + Math.floorMod(n, -4));
        }
        long m = Long.MIN_VALUE;
        System.out.println(m / 2 + " " + m / 3 + " " + m % 3 + " " + m / 10 + " " + m % 10 + " " + Math.floorMod(m, 7L));
    }
}
