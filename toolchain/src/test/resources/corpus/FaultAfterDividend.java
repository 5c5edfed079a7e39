public class FaultAfterDividend {
    static int dividend(int v) {
        System.out.println("dividend " + v);
        return v;
    }

    static int divisor(int v) {
        System.out.println("divisor " + v);
        return v;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int d = 3; d >= 0; d--) {
            total += dividend(100 + d) / divisor(d) + dividend(7) % divisor(d + 1);
            System.out.println("total " + total);
        }
    }
}
