public class UncaughtThrow {
    static int parsePositive(String s) {
        int v = Integer.parseInt(s);
        if (v <= 0) throw new IllegalArgumentException("not positive: " + s);
        return v;
    }

    public static void main(String[] args) {
        String[] inputs = {"12", "7", "-3", "5"};
        int sum = 0;
        for (String in : inputs) {
            sum += parsePositive(in);
            System.out.println("sum " + sum);
        }
    }
}
